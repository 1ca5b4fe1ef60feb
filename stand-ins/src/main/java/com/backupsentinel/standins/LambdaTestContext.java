package com.backupsentinel.standins;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.IntSupplier;

/**
 * A Lambda {@link Context} for handler tests, shaped like the one the runtime passes: function name, version,
 * ARN, log group and stream derived from the function name, region and account; a fixed request id; the
 * remaining time from a supplier (so tests can script a deadline); a logger that keeps what it was given.
 * Function modules subclass it with their own function's values.
 */
public class LambdaTestContext implements Context {

    private final String functionName;
    private final String region;
    private final String accountId;
    private final String requestId;
    private final int memoryMb;
    private final IntSupplier remainingMillis;
    private final StringBuilder logged = new StringBuilder();

    public LambdaTestContext(String functionName, String region, String accountId, String requestId, int memoryMb,
                             IntSupplier remainingMillis) {
        this.functionName = Objects.requireNonNull(functionName, "functionName");
        this.region = Objects.requireNonNull(region, "region");
        this.accountId = Objects.requireNonNull(accountId, "accountId");
        this.requestId = Objects.requireNonNull(requestId, "requestId");
        this.memoryMb = memoryMb;
        this.remainingMillis = Objects.requireNonNull(remainingMillis, "remainingMillis");
    }

    /** What the function wrote to the Lambda logger (it logs through SLF4J, so usually nothing). */
    public final synchronized String logged() {
        return logged.toString();
    }

    @Override
    public final String getAwsRequestId() {
        return requestId;
    }

    @Override
    public final String getLogGroupName() {
        return "/aws/lambda/" + functionName;
    }

    @Override
    public final String getLogStreamName() {
        return "2026/11/22/[$LATEST]0123456789abcdef";
    }

    @Override
    public final String getFunctionName() {
        return functionName;
    }

    @Override
    public final String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public final String getInvokedFunctionArn() {
        return "arn:aws:lambda:" + region + ":" + accountId + ":function:" + functionName;
    }

    @Override
    public final CognitoIdentity getIdentity() {
        return null;
    }

    @Override
    public final ClientContext getClientContext() {
        return null;
    }

    @Override
    public final int getRemainingTimeInMillis() {
        return remainingMillis.getAsInt();
    }

    @Override
    public final int getMemoryLimitInMB() {
        return memoryMb;
    }

    @Override
    public final LambdaLogger getLogger() {
        return new LambdaLogger() {
            @Override
            public void log(String message) {
                synchronized (LambdaTestContext.this) {
                    logged.append(message);
                }
            }

            @Override
            public void log(byte[] message) {
                log(new String(message, StandardCharsets.UTF_8));
            }
        };
    }
}
