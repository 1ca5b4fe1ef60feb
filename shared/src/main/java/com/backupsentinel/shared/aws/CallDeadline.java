package com.backupsentinel.shared.aws;

import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.awscore.AwsRequest;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Bounds each call by the invocation's {@link InvocationBudget}: a call that starts with no time left fails at
 * once, one that starts near the deadline gets only what is left (its call and attempt timeouts are shortened),
 * and any call that runs out of time fails with the SDK's own timeout exception (the SDK lets an interceptor change
 * the message, not the type) whose message names the service, the operation and the limit that ended it, instead
 * of the anonymous "Client execution did not complete before the specified timeout configuration".
 */
final class CallDeadline implements ExecutionInterceptor {

    private static final ExecutionAttribute<Duration> LIMIT = new ExecutionAttribute<>("backupsentinel.callLimit");
    private static final ExecutionAttribute<String> LIMITED_BY = new ExecutionAttribute<>("backupsentinel.limitedBy");

    private final InvocationBudget budget;
    private final AwsTimeouts timeouts;
    private final String callLimit;

    CallDeadline(InvocationBudget budget, AwsTimeouts timeouts) {
        this.budget = budget;
        this.timeouts = timeouts;
        this.callLimit = AwsTimeouts.CALL_VARIABLE + "; at most " + seconds(timeouts.attempt()) + " per attempt, "
                + AwsTimeouts.ATTEMPT_VARIABLE;
    }

    @Override
    public SdkRequest modifyRequest(Context.ModifyRequest context, ExecutionAttributes attributes) {
        Optional<Duration> allowance = budget.allowance();
        attributes.putAttribute(LIMIT, timeouts.call());
        attributes.putAttribute(LIMITED_BY, callLimit);
        if (allowance.isEmpty() || allowance.get().compareTo(timeouts.call()) >= 0) {
            return context.request();
        }
        String operation = operation(attributes);
        if (allowance.get().toMillis() <= 0) {
            throw ApiCallTimeoutException.builder().message(operation + " was not attempted: the invocation has no"
                    + " time left for AWS calls (its Lambda timeout less " + AwsTimeouts.MARGIN_VARIABLE + "="
                    + budget.margin().toMillis() + ")").build();
        }
        Duration limit = allowance.get();
        attributes.putAttribute(LIMIT, limit);
        attributes.putAttribute(LIMITED_BY, "the invocation's deadline: its Lambda timeout less "
                + AwsTimeouts.MARGIN_VARIABLE + "=" + budget.margin().toMillis());
        if (!(context.request() instanceof AwsRequest request)) {
            return context.request();
        }
        AwsRequestOverrideConfiguration.Builder override = request.overrideConfiguration()
                .map(AwsRequestOverrideConfiguration::toBuilder)
                .orElseGet(AwsRequestOverrideConfiguration::builder);
        override.apiCallTimeout(limit);
        override.apiCallAttemptTimeout(limit.compareTo(timeouts.attempt()) < 0 ? limit : timeouts.attempt());
        return request.toBuilder().overrideConfiguration(override.build()).build();
    }

    @Override
    public Throwable modifyException(Context.FailedExecution context, ExecutionAttributes attributes) {
        Throwable failure = context.exception();
        if (!(failure instanceof ApiCallTimeoutException) && !(failure instanceof ApiCallAttemptTimeoutException)) {
            return failure;
        }
        Duration limit = Optional.ofNullable(attributes.getAttribute(LIMIT)).orElse(timeouts.call());
        String why = Optional.ofNullable(attributes.getAttribute(LIMITED_BY)).orElse(AwsTimeouts.CALL_VARIABLE);
        if (failure instanceof ApiCallAttemptTimeoutException) {
            return ApiCallAttemptTimeoutException.builder().message(operation(attributes) + ": every attempt timed out"
                    + " (at most " + seconds(timeouts.attempt()) + " each, " + AwsTimeouts.ATTEMPT_VARIABLE + ")")
                    .cause(failure).build();
        }
        return ApiCallTimeoutException.builder().message(operation(attributes) + " did not finish within "
                + seconds(limit) + " (limited by " + why + ")").cause(failure).build();
    }

    private static String operation(ExecutionAttributes attributes) {
        String service = Optional.ofNullable(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME)).orElse("AWS");
        String operation = Optional.ofNullable(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))
                .orElse("call");
        return service + " " + operation;
    }

    /**
     * {@code 0.4 s}: tenths of a second, half up. Not {@code String.format}, whose first use loads the locale
     * providers (about 80 classes) on the path of every first call.
     */
    static String seconds(Duration duration) {
        long tenths = (duration.toMillis() + 50) / 100;
        return tenths / 10 + "." + tenths % 10 + " s";
    }
}
