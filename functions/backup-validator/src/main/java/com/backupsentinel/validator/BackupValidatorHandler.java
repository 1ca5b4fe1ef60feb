package com.backupsentinel.validator;

import static software.amazon.lambda.powertools.logging.argument.StructuredArguments.entry;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.backupsentinel.shared.config.Environment;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.lambda.powertools.logging.PowertoolsLogging;

/**
 * BackupValidatorFunction: the daily EventBridge schedule, or a direct invoke such as
 * {@code {"send_full_report": true, "lookback_hours": 72, "controls": ["rpo"]}}. Turns the input into a
 * {@link ValidationRequest}, runs it within the invocation's time budget, and answers the summary (plus the full
 * report when asked). An invalid payload fails the invocation with a message naming the problem.
 */
public final class BackupValidatorHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private static final Logger LOG = LoggerFactory.getLogger(BackupValidatorHandler.class);

    private final ValidationService service;
    private final Runnable flushMetrics;

    /** For the Lambda runtime: reads the environment once and builds the real wiring. */
    public BackupValidatorHandler() {
        this(ValidatorWiring.create(Environment.system()));
    }

    private BackupValidatorHandler(ValidatorWiring wiring) {
        this(wiring.service(), wiring.flushMetrics());
    }

    /** For tests: the service to run and what to do with metrics after each invocation. */
    public BackupValidatorHandler(ValidationService service, Runnable flushMetrics) {
        this.service = Objects.requireNonNull(service, "service");
        this.flushMetrics = Objects.requireNonNull(flushMetrics, "flushMetrics");
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> input, Context context) {
        return PowertoolsLogging.withLogging(context, () -> {
            try {
                ValidationRequest request = parse(input);
                Invocation invocation = Invocation.of(context.getInvokedFunctionArn(), context.getAwsRequestId());
                ValidationOutcome outcome = service.validate(request, invocation,
                        TimeBudget.deadline(context.getRemainingTimeInMillis()));
                return ValidationResponse.of(outcome, request.sendFullReport());
            } finally {
                flushMetrics.run();
            }
        });
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
