package com.backupsentinel.local;

import com.backupsentinel.standins.DemoS3Objects;
import com.backupsentinel.standins.EmbeddedAws;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Loads an inventory folder's {@code s3/objects.json} (when there is one) into the S3 stand-in, at the run's "now":
 * the demo's S3 backup sources for the validator ({@link DemoS3Objects} has the format).
 */
final class DemoObjects {

    private DemoObjects() {
    }

    /** Loads {@code inventory/s3/objects.json} into the S3 at {@code endpoint}; nothing when the file is absent. */
    static void load(Path inventory, URI endpoint, String region, Clock clock) {
        Path file = DemoS3Objects.file(inventory);
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (S3Client s3 = client(endpoint, region)) {
            DemoS3Objects.load(s3, file, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        } catch (UncheckedIOException e) {
            throw new SetupException(e.getMessage(), e);
        }
    }

    /**
     * Without {@code Expect: 100-continue}, and with {@code Connection: close}: after a 0-byte PUT, S3Proxy can leave
     * a kept-alive connection that the next request (the function's, through the JVM-wide keep-alive cache of the
     * URL-connection client) finds closed ("Unexpected end of file from server").
     */
    private static S3Client client(URI endpoint, String region) {
        return S3Client.builder().endpointOverride(endpoint).region(Region.of(region)).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        EmbeddedAws.ACCESS_KEY_ID, EmbeddedAws.SECRET_ACCESS_KEY)))
                .httpClient(UrlConnectionHttpClient.create())
                .overrideConfiguration(c -> c.addExecutionInterceptor(new ExecutionInterceptor() {
                    @Override
                    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context,
                                                            ExecutionAttributes attributes) {
                        return context.httpRequest().toBuilder().removeHeader("Expect").putHeader("Connection", "close")
                                .build();
                    }
                })).build();
    }
}
