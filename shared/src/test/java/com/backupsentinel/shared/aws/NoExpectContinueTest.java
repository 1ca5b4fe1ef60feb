package com.backupsentinel.shared.aws;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import com.backupsentinel.shared.config.Environment;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.sns.SnsClient;

class NoExpectContinueTest {

    @Test
    void removesTheExpectHeaderAndKeepsTheOthers() {
        SdkHttpRequest request = SdkHttpRequest.builder().method(SdkHttpMethod.PUT).protocol("http").host("127.0.0.1")
                .encodedPath("/bucket/key").putHeader("Expect", "100-continue").putHeader("Content-Length", "0").build();

        SdkHttpRequest sent = new NoExpectContinue().modifyHttpRequest(context(request), new ExecutionAttributes());

        assertThat(sent.headers()).doesNotContainKey("Expect").containsKey("Content-Length");
    }

    @Test
    void clientsFromTheFactorySendNoExpectHeaderOverTheWire() throws Exception {
        List<String> expectHeaders = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            expectHeaders.add(String.valueOf(exchange.getRequestHeaders().getFirst("Expect")));
            exchange.getRequestBody().readAllBytes();
            byte[] body = ("<PublishResponse><PublishResult><MessageId>m-1</MessageId></PublishResult>"
                    + "</PublishResponse>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try (SnsClient sns = AwsClientFactory.fromEnvironment(Environment.of(Map.of("AWS_REGION", "us-east-1",
                "AWS_ACCESS_KEY_ID", "x", "AWS_SECRET_ACCESS_KEY", "x",
                "AWS_ENDPOINT_URL_SNS", "http://127.0.0.1:" + server.getAddress().getPort())))
                .build(SnsClient.builder().overrideConfiguration(o -> o.addExecutionInterceptor(new AddsExpect())),
                        "SNS")) {
            sns.publish(r -> r.topicArn("arn:aws:sns:us-east-1:123456789012:t").message("m"));
        } finally {
            server.stop(0);
        }
        assertThat(expectHeaders).containsExactly("null");
    }

    /** Stands in for the S3 client's own interceptor, which adds the header to uploads. */
    private static final class AddsExpect implements ExecutionInterceptor {
        @Override
        public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
            return context.httpRequest().toBuilder().putHeader("Expect", "100-continue").build();
        }
    }

    private static Context.ModifyHttpRequest context(SdkHttpRequest request) {
        return new Context.ModifyHttpRequest() {
            @Override
            public software.amazon.awssdk.core.SdkRequest request() {
                return null;
            }

            @Override
            public SdkHttpRequest httpRequest() {
                return request;
            }

            @Override
            public java.util.Optional<software.amazon.awssdk.core.sync.RequestBody> requestBody() {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<software.amazon.awssdk.core.async.AsyncRequestBody> asyncRequestBody() {
                return java.util.Optional.empty();
            }
        };
    }
}
