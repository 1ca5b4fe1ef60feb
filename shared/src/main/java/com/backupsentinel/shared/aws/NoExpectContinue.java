package com.backupsentinel.shared.aws;

import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * Drops the {@code Expect: 100-continue} header the S3 client adds to uploads. With the url-connection HTTP client
 * a pooled connection the server has already closed then fails as "Unexpected end of file from server", an I/O
 * error the SDK does not retry; without the header the upload is simply sent, and a stale connection is retried.
 * The header only saves bandwidth when a large upload would be refused, which this suite's small objects never are.
 */
final class NoExpectContinue implements ExecutionInterceptor {

    static final String EXPECT = "Expect";

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        SdkHttpRequest request = context.httpRequest();
        return request.firstMatchingHeader(EXPECT).isPresent() ? request.toBuilder().removeHeader(EXPECT).build()
                : request;
    }
}
