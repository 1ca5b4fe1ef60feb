package com.backupsentinel.validator;

import static com.backupsentinel.shared.logging.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.backupsentinel.shared.aws.InvocationBudget;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.json.MapEventHandler;
import com.backupsentinel.shared.logging.InvocationLogging;
import com.backupsentinel.shared.priming.HotPathPriming;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * BackupValidatorFunction: the daily EventBridge schedule, or a direct invoke such as
 * {@code {"send_full_report": true, "lookback_hours": 72, "controls": ["rpo"]}}. Turns the input into a
 * {@link ValidationRequest}, runs it within the invocation's time budget (every AWS call ends before the Lambda
 * timeout), publishes one digest per run however often it is retried ({@link RunKey}), and answers the summary
 * (plus the full report when asked). An invalid payload fails the invocation with a message naming the problem.
 */
public final class BackupValidatorHandler implements MapEventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(BackupValidatorHandler.class);

    private final ValidationService service;
    private final InvocationBudget budget;
    private final DigestRun run;
    private final Runnable flushMetrics;

    /** For the Lambda runtime: reads the environment once and builds the real wiring. */
    public BackupValidatorHandler() {
        this(ValidatorWiring.create(Environment.system()));
        HotPathPriming.register(new ValidatorPriming(service));
    }

    BackupValidatorHandler(ValidatorWiring wiring) {
        this(wiring.service(), wiring.budget(), wiring.run(), wiring.flushMetrics());
    }

    /**
     * For tests: the service to run, the time budget its AWS clients read, the run its digest publisher reads, and
     * what to do with metrics after each invocation.
     */
    BackupValidatorHandler(ValidationService service, InvocationBudget budget, DigestRun run, Runnable flushMetrics) {
        this.service = Objects.requireNonNull(service, "service");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.run = Objects.requireNonNull(run, "run");
        this.flushMetrics = Objects.requireNonNull(flushMetrics, "flushMetrics");
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        return InvocationLogging.withLogging(context, () -> budget.during(context, () -> {
            try {
                ValidationRequest request = parse(input);
                Invocation invocation = Invocation.of(context.getInvokedFunctionArn(), context.getAwsRequestId());
                ValidationOutcome outcome = run.during(RunKey.of(input, context, Instant.now()),
                        () -> service.validate(request, invocation,
                                TimeBudget.deadline(context.getRemainingTimeInMillis())));
                return ValidationResponse.of(outcome, request.sendFullReport());
            } finally {
                flushMetrics.run();
            }
        }));
    }

    private static ValidationRequest parse(Map<String, Object> input) {
        try {
            return ValidationRequestParser.parse(input);
        } catch (InvalidRequestException e) {
            LOG.warn("Rejected the payload", entry("reason", e.getMessage()));
            throw e;
        }
    }
}
