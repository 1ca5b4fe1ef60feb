package com.backupsentinel.usage;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;
import java.util.function.IntSupplier;

/** A Lambda context for handler tests; the remaining time can be scripted. */
final class TestContext implements Context {

    private final IntSupplier remainingMillis;

    TestContext() {
        this(() -> 300_000);
    }

    TestContext(IntSupplier remainingMillis) {
        this.remainingMillis = remainingMillis;
    }

    @Override
    public String getAwsRequestId() {
        return "6f1d2c3b-0a9e-4d8c-8b7a-1234567890ab";
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/backup-sentinel-usage-log-ingestor";
    }

    @Override
    public String getLogStreamName() {
        return "2025/11/21/[$LATEST]0123456789abcdef";
    }

    @Override
    public String getFunctionName() {
        return "backup-sentinel-usage-log-ingestor";
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:us-east-1:123456789012:function:backup-sentinel-usage-log-ingestor";
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
        return remainingMillis.getAsInt();
    }

    @Override
    public int getMemoryLimitInMB() {
        return 1024;
    }

    @Override
    public LambdaLogger getLogger() {
        return new LambdaLogger() {
            @Override
            public void log(String message) {
                // handler tests read results, not the runtime logger
            }

            @Override
            public void log(byte[] message) {
                log(new String(message, StandardCharsets.UTF_8));
            }
        };
    }
}
