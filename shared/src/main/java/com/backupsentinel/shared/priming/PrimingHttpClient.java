package com.backupsentinel.shared.priming;

import java.io.ByteArrayInputStream;
import java.util.Objects;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;

/**
 * The functions' HTTP client: the real one, except while {@link Priming} runs, when every request is answered from
 * the {@link CannedResponses} for the operation {@link PrimingInterceptor} named, without touching the network.
 */
public final class PrimingHttpClient implements SdkHttpClient {

    private final SdkHttpClient delegate;

    public PrimingHttpClient(SdkHttpClient delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        if (!Priming.active()) {
            return delegate.prepareRequest(request);
        }
        CannedResponses.Answer answer = Priming.answers().answer(PrimingInterceptor.service(),
                PrimingInterceptor.operation());
        return new ExecutableHttpRequest() {
            @Override
            public HttpExecuteResponse call() {
                SdkHttpResponse.Builder response = SdkHttpResponse.builder().statusCode(answer.status());
                answer.headers().forEach(response::putHeader);
                response.putHeader("Content-Length", Integer.toString(answer.body().length));
                return HttpExecuteResponse.builder().response(response.build())
                        .responseBody(AbortableInputStream.create(new ByteArrayInputStream(answer.body()))).build();
            }

            @Override
            public void abort() {
                // nothing in flight
            }
        };
    }

    @Override
    public String clientName() {
        return delegate.clientName();
    }

    @Override
    public void close() {
        delegate.close();
    }
}
