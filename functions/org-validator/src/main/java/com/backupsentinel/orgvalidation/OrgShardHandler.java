package com.backupsentinel.orgvalidation;

import static com.backupsentinel.shared.logging.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.backupsentinel.orgvalidation.shard.InvalidShardRequestException;
import com.backupsentinel.orgvalidation.shard.ShardRequest;
import com.backupsentinel.orgvalidation.shard.ShardRequestParser;
import com.backupsentinel.orgvalidation.shard.ShardService;
import com.backupsentinel.orgvalidation.shard.ShardSummary;
import com.backupsentinel.shared.aws.InvocationBudget;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.json.MapEventHandler;
import com.backupsentinel.shared.logging.InvocationLogging;
import com.backupsentinel.shared.priming.HotPathPriming;
import com.backupsentinel.validator.TimeBudget;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OrgValidationShardFunction: one item of the org validation state machine's Distributed Map
 * ({@code {"accountId", "accountName", "region", "runId", "runStartedAt"}}) in, the shard's {@link ShardSummary} out,
 * for the Map's ResultWriter. An item it cannot read fails the invocation with a message naming the field.
 */
public final class OrgShardHandler implements MapEventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(OrgShardHandler.class);

    private final ShardService service;
    private final InvocationBudget budget;
    private final Runnable flushMetrics;

    /** For the Lambda runtime: reads the environment once and builds the real wiring. */
    public OrgShardHandler() {
        this(ShardWiring.create(Environment.system()));
        HotPathPriming.register(new OrgShardPriming(service));
    }

    private OrgShardHandler(ShardWiring wiring) {
        this(wiring.service(), wiring.budget(), wiring.flushMetrics());
    }

    /** For tests: the service to run, the time budget its AWS clients read, what to do with metrics after each. */
    public OrgShardHandler(ShardService service, InvocationBudget budget, Runnable flushMetrics) {
        this.service = Objects.requireNonNull(service, "service");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.flushMetrics = Objects.requireNonNull(flushMetrics, "flushMetrics");
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        return InvocationLogging.withLogging(context, () -> budget.during(context, () -> {
            try {
                ShardRequest request = parse(input);
                ShardSummary summary = service.run(request, context.getAwsRequestId(),
                        TimeBudget.deadline(context.getRemainingTimeInMillis()));
                return Json.mapper().convertValue(summary, Map.class);
            } finally {
                flushMetrics.run();
            }
        }));
    }

    private static ShardRequest parse(Map<String, Object> input) {
        try {
            return ShardRequestParser.parse(input);
        } catch (InvalidShardRequestException e) {
            LOG.warn("Rejected the Map item", entry("reason", e.getMessage()));
            throw e;
        }
    }
}
