package com.backupsentinel.validator;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;

/**
 * A Lambda context for handler tests: a fixed request id and function ARN, the remaining time given, and a
 * logger that keeps what it is told.
 */
final class TestContext implements Context {

    private final int remainingMillis;
    private final StringBuilder log = new StringBuilder();

    TestContext(int remainingMillis) {
        this.remainingMillis = remainingMillis;
    }

    @Override
    public String getAwsRequestId() {
        return "3f9d2c1e-5b7a-4e2f-9c1d-0a8b7c6d5e4f";
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/backup-sentinel-backup-validator";
    }

    @Override
    public String getLogStreamName() {
        return "2026/11/22/[$LATEST]0123456789abcdef";
    }

    @Override
    public String getFunctionName() {
        return "backup-sentinel-backup-validator";
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:us-west-2:123456789012:function:backup-sentinel-backup-validator";
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
        return remainingMillis;
    }

    @Override
    public int getMemoryLimitInMB() {
        return 2048;
    }

    @Override
    public LambdaLogger getLogger() {
        return new LambdaLogger() {
            @Override
            public void log(String message) {
                log.append(message);
            }

            @Override
            public void log(byte[] message) {
                log(new String(message, StandardCharsets.UTF_8));
            }
        };
    }
}
