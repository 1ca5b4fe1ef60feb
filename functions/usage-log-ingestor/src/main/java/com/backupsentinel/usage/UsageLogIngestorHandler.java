package com.backupsentinel.usage;

import com.amazonaws.services.lambda.runtime.Context;
import com.backupsentinel.shared.aws.InvocationBudget;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.json.MapEventHandler;
import com.backupsentinel.shared.logging.InvocationLogging;
import com.backupsentinel.shared.priming.HotPathPriming;
import java.util.Map;
import java.util.Objects;

/**
 * UsageLogIngestorFunction. One handler method for two shapes of input: SQS batches of S3 "Object Created" events
 * (answered with partial batch failures) and direct invokes with an {@code action} of {@code report},
 * {@code backfill} or {@code config-history}. It turns the event into a command, makes one service call and turns
 * the result into the response; everything else lives in the services.
 */
public final class UsageLogIngestorHandler implements MapEventHandler {

    private final UsageLogIngestor ingestor;
    private final InvocationBudget budget;
    private final Runnable flushMetrics;

    /** For the Lambda runtime: reads the environment once and builds the real wiring. */
    public UsageLogIngestorHandler() {
        this(ProductionWiring.create(Environment.system()));
        HotPathPriming.register(new IngestorPriming(ingestor));
    }

    UsageLogIngestorHandler(ProductionWiring wiring) {
        this(wiring.ingestor(), wiring.budget(), wiring.flushMetrics());
    }

    /**
     * For tests: the services, the time budget their AWS clients read, and what to run after every invocation to
     * emit metrics.
     */
    UsageLogIngestorHandler(UsageLogIngestor ingestor, InvocationBudget budget, Runnable flushMetrics) {
        this.ingestor = Objects.requireNonNull(ingestor, "ingestor");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.flushMetrics = Objects.requireNonNull(flushMetrics, "flushMetrics");
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        return InvocationLogging.withLogging(context, () -> budget.during(context, () -> {
            try {
                return dispatch(Invocations.parse(event), context);
            } finally {
                flushMetrics.run();
            }
        }));
    }

    private Map<String, Object> dispatch(Invocation invocation, Context context) {
        if (invocation instanceof SqsBatch) {
            return Responses.batch(ingestor.ingest((SqsBatch) invocation));
        }
        if (invocation instanceof BackfillRequest) {
            return Responses.backfill(ingestor.backfill((BackfillRequest) invocation,
                    () -> context.getRemainingTimeInMillis()));
        }
        if (invocation instanceof ReportRequest) {
            return Responses.report(ingestor.report((ReportRequest) invocation));
        }
        return Responses.history(ingestor.history((ConfigHistoryRequest) invocation));
    }
}
