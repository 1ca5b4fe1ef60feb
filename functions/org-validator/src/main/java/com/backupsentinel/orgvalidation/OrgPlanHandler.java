package com.backupsentinel.orgvalidation;

import static com.backupsentinel.shared.logging.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.backupsentinel.orgvalidation.plan.InvalidPlanRequestException;
import com.backupsentinel.orgvalidation.plan.PlanRequest;
import com.backupsentinel.orgvalidation.plan.PlanRequestParser;
import com.backupsentinel.orgvalidation.plan.PlanService;
import com.backupsentinel.shared.aws.InvocationBudget;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.json.MapEventHandler;
import com.backupsentinel.shared.logging.InvocationLogging;
import com.backupsentinel.shared.priming.HotPathPriming;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OrgValidationPlanFunction: the org validation state machine's first task. {@code {"runId", "runStartedAt"}} in;
 * the accounts listed, crossed with the regions and written to S3 as the Distributed Map's items; the plan
 * ({@link com.backupsentinel.orgvalidation.plan.ShardPlan}: the file's bucket and key, the counts) out. An input it
 * cannot read fails the invocation with a message naming the field.
 */
public final class OrgPlanHandler implements MapEventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(OrgPlanHandler.class);

    private final PlanService service;
    private final InvocationBudget budget;
    private final Runnable flushMetrics;

    /** For the Lambda runtime: reads the environment once and builds the real wiring. */
    public OrgPlanHandler() {
        this(PlanWiring.create(Environment.system()));
        HotPathPriming.register(new OrgPlanPriming(service));
    }

    private OrgPlanHandler(PlanWiring wiring) {
        this(wiring.service(), wiring.budget(), wiring.flushMetrics());
    }

    /** For tests: the service to run, the time budget its AWS clients read, what to do with metrics after each. */
    public OrgPlanHandler(PlanService service, InvocationBudget budget, Runnable flushMetrics) {
        this.service = Objects.requireNonNull(service, "service");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.flushMetrics = Objects.requireNonNull(flushMetrics, "flushMetrics");
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        return InvocationLogging.withLogging(context, () -> budget.during(context, () -> {
            try {
                return Json.mapper().convertValue(service.plan(parse(input)), Map.class);
            } finally {
                flushMetrics.run();
            }
        }));
    }

    private static PlanRequest parse(Map<String, Object> input) {
        try {
            return PlanRequestParser.parse(input);
        } catch (InvalidPlanRequestException e) {
            LOG.warn("Rejected the plan input", entry("reason", e.getMessage()));
            throw e;
        }
    }
}
