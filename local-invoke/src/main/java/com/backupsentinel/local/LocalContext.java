package com.backupsentinel.local;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The {@link Context} Lambda hands a handler: request id, names, ARN, memory, log group and stream, and the
 * time left before the function's Timeout, counting from {@link #startClock()}.
 */
final class LocalContext implements Context {

    private final String requestId;
    private final FunctionDefinition function;
    private final String invokedFunctionArn;
    private final String logStreamName;
    private final LambdaLogger logger;
    private final Clock clock;
    private volatile long deadlineMillis = Long.MAX_VALUE;

    LocalContext(FunctionDefinition function, StackSettings stack, LambdaLogger logger, Clock clock) {
        this.requestId = UUID.randomUUID().toString();
        this.function = function;
        this.invokedFunctionArn = function.functionArn(stack);
        this.logStreamName = LocalDate.now(clock.withZone(ZoneOffset.UTC)).format(DateTimeFormatter.ofPattern("yyyy/MM/dd"))
                + "/[$LATEST]" + UUID.randomUUID().toString().replace("-", "");
        this.logger = logger;
        this.clock = clock;
    }

    /** Starts the countdown of {@link #getRemainingTimeInMillis()}: call when the invocation starts. */
    void startClock() {
        deadlineMillis = clock.millis() + function.timeoutSeconds() * 1000L;
    }

    @Override
    public String getAwsRequestId() {
        return requestId;
    }

    @Override
    public String getLogGroupName() {
        return function.logGroupName();
    }

    @Override
    public String getLogStreamName() {
        return logStreamName;
    }

    @Override
    public String getFunctionName() {
        return function.functionName();
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return invokedFunctionArn;
    }

    @Override
    public CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public ClientContext getClientContext() {
        return null;
    }

    @Override
    public int getRemainingTimeInMillis() {
        long deadline = deadlineMillis;
        if (deadline == Long.MAX_VALUE) {
            return function.timeoutSeconds() * 1000;
        }
        return (int) Math.max(0, deadline - clock.millis());
    }

    @Override
    public int getMemoryLimitInMB() {
        return function.memoryMb();
    }

    @Override
    public LambdaLogger getLogger() {
        return logger;
    }
}
