package com.backupsentinel.shared.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import org.junit.jupiter.api.Test;

class InvocationLoggingTest {

    @Test
    void givesLinesTheInvocationsFieldsWhileTheWorkRunsAndColdStartOnlyOnce() {
        InvocationLogging.Invocation first = InvocationLogging.withLogging(new FixedContext("request-1"),
                InvocationLogging::current);
        InvocationLogging.Invocation second = InvocationLogging.withLogging(new FixedContext("request-2"),
                InvocationLogging::current);

        assertThat(first.requestId()).isEqualTo("request-1");
        assertThat(first.functionName()).isEqualTo("backup-sentinel-job-state-notifier");
        assertThat(first.functionArn()).isEqualTo("arn:aws:lambda:us-west-2:123456789012:function:f");
        assertThat(first.memoryMb()).isEqualTo(1024);
        assertThat(second.requestId()).isEqualTo("request-2");
        assertThat(second.coldStart()).isFalse();
        assertThat(InvocationLogging.current()).isNull();
    }

    /** A fixed Lambda context. */
    private record FixedContext(String requestId) implements Context {

        @Override
        public String getAwsRequestId() {
            return requestId;
        }

        @Override
        public String getLogGroupName() {
            return "/aws/lambda/backup-sentinel-job-state-notifier";
        }

        @Override
        public String getLogStreamName() {
            return "2026/12/05/[$LATEST]0";
        }

        @Override
        public String getFunctionName() {
            return "backup-sentinel-job-state-notifier";
        }

        @Override
        public String getFunctionVersion() {
            return "$LATEST";
        }

        @Override
        public String getInvokedFunctionArn() {
            return "arn:aws:lambda:us-west-2:123456789012:function:f";
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
            return 30_000;
        }

        @Override
        public int getMemoryLimitInMB() {
            return 1024;
        }

        @Override
        public LambdaLogger getLogger() {
            return null;
        }
    }
}
