package com.backupsentinel.validator.aws;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.standins.EmbeddedAws;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import java.util.Map;

/** Builds real SDK clients for a stand-in through the shared client factory, as the function does. */
public final class StandInClients {

    private StandInClients() {
    }

    static AwsClientFactory factory(String endpointVariable, URI endpoint) {
        return AwsClientFactory.fromEnvironment(Environment.of(Map.of(endpointVariable, endpoint.toString(),
                "AWS_REGION", "us-west-2", "AWS_ACCESS_KEY_ID", EmbeddedAws.ACCESS_KEY_ID,
                "AWS_SECRET_ACCESS_KEY", EmbeddedAws.SECRET_ACCESS_KEY)));
    }

    /**
     * An S3 client for writing test objects: without {@code Expect: 100-continue} and with {@code Connection:
     * close}. After a 0-byte PUT, S3Proxy can leave a kept-alive connection that the next request of any client
     * (the URL-connection client's keep-alive cache is JVM-wide) finds closed: "Unexpected end of file from server".
     * Uploads go as one signed body, not aws-chunked, as {@code S3Clients} sends them to plain-HTTP endpoints (S3Proxy
     * may close the connection before the trailer of a chunked upload: "Error writing request body to server").
     */
    public static S3Client writer(URI endpoint) {
        return S3Client.builder().endpointOverride(endpoint).region(Region.US_WEST_2).forcePathStyle(true)
                .serviceConfiguration(s3 -> s3.chunkedEncodingEnabled(false))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        EmbeddedAws.ACCESS_KEY_ID, EmbeddedAws.SECRET_ACCESS_KEY)))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context,
                                                            ExecutionAttributes attributes) {
                        return context.httpRequest().toBuilder().removeHeader("Expect")
                                .putHeader("Connection", "close").build();
                    }
                })).build();
    }

    static JsonNode json(String text) {
        try {
            return Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(text, e);
        }
    }
}
