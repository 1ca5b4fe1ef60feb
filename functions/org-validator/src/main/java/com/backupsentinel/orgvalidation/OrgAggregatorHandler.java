package com.backupsentinel.orgvalidation;

import static com.backupsentinel.shared.logging.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.backupsentinel.orgvalidation.aggregate.AggregateRequest;
import com.backupsentinel.orgvalidation.aggregate.AggregateRequestParser;
import com.backupsentinel.orgvalidation.aggregate.AggregationOutcome;
import com.backupsentinel.orgvalidation.aggregate.AggregationService;
import com.backupsentinel.orgvalidation.aggregate.InvalidAggregateRequestException;
import com.backupsentinel.shared.aws.InvocationBudget;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.json.MapEventHandler;
import com.backupsentinel.shared.logging.InvocationLogging;
import com.backupsentinel.shared.priming.HotPathPriming;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OrgValidationAggregatorFunction: after the Distributed Map, reads its ResultWriter output and writes the run's org
 * report (JSON, HTML, CSVs) and digest; answers the headline, the counts, the worst accounts and where the reports are.
 */
public final class OrgAggregatorHandler implements MapEventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(OrgAggregatorHandler.class);

    private final AggregationService service;
    private final InvocationBudget budget;
    private final Runnable flushMetrics;

    /** For the Lambda runtime: reads the environment once and builds the real wiring. */
    public OrgAggregatorHandler() {
        this(AggregatorWiring.create(Environment.system()));
        HotPathPriming.register(new OrgAggregatorPriming(service));
    }

    private OrgAggregatorHandler(AggregatorWiring wiring) {
        this(wiring.service(), wiring.budget(), wiring.flushMetrics());
    }

    /** For tests: the service to run, the time budget its AWS clients read, what to do with metrics after each. */
    public OrgAggregatorHandler(AggregationService service, InvocationBudget budget, Runnable flushMetrics) {
        this.service = Objects.requireNonNull(service, "service");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.flushMetrics = Objects.requireNonNull(flushMetrics, "flushMetrics");
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        return InvocationLogging.withLogging(context, () -> budget.during(context, () -> {
            try {
                AggregateRequest request = parse(input);
                AggregationOutcome outcome = service.aggregate(request);
                return AggregationResponse.of(outcome);
            } finally {
                flushMetrics.run();
            }
        }));
    }

    private static AggregateRequest parse(Map<String, Object> input) {
        try {
            return AggregateRequestParser.parse(input);
        } catch (InvalidAggregateRequestException e) {
            LOG.warn("Rejected the aggregator input", entry("reason", e.getMessage()));
            throw e;
        }
    }
}
