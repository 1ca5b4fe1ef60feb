package com.backupsentinel.ondemand;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import java.nio.charset.StandardCharsets;

/** A Lambda context for handler tests; its logger discards what it gets. */
final class TestContext implements Context {

    @Override
    public String getAwsRequestId() {
        return "c6af9ac6-7b61-11e6-9a41-93e812345678";
    }

    @Override
    public String getLogGroupName() {
        return "/aws/lambda/backup-sentinel-on-demand-backup";
    }

    @Override
    public String getLogStreamName() {
        return "2026/11/21/[$LATEST]0123456789abcdef";
    }

    @Override
    public String getFunctionName() {
        return "backup-sentinel-on-demand-backup";
    }

    @Override
    public String getFunctionVersion() {
        return "$LATEST";
    }

    @Override
    public String getInvokedFunctionArn() {
        return "arn:aws:lambda:us-west-2:123456789012:function:backup-sentinel-on-demand-backup";
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
        return 29_000;
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
                // handler tests assert on responses, not on logs
            }

            @Override
            public void log(byte[] message) {
                log(new String(message, StandardCharsets.UTF_8));
            }
        };
    }
}
