package com.backupsentinel.local;

import com.backupsentinel.shared.json.Json;
import com.backupsentinel.standins.EmbeddedAws;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Loads an inventory folder's {@code s3/objects.json} (when there is one) into the S3 stand-in: buckets (with
 * versioning when stated) and objects whose keys are rendered at {@code now - hoursBeforeExport} ({@code {date}}
 * yyyy-MM-dd, {@code {timestamp}} yyyyMMdd'T'HHmmss'Z', {@code {timestamp:dashed}} yyyy-MM-dd't'HH-mm-ss), sized in
 * zero bytes, with their server-side encryption headers. The demo's S3 backup sources for the validator.
 */
final class DemoObjects {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("yyyy-MM-dd't'HH-mm-ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private DemoObjects() {
    }

    /** Loads {@code inventory/s3/objects.json} into the S3 at {@code endpoint}; nothing when the file is absent. */
    static void load(Path inventory, URI endpoint, String region, Clock clock) {
        Path file = inventory.resolve("s3").resolve("objects.json");
        if (!Files.isRegularFile(file)) {
            return;
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new SetupException("Cannot read the demo S3 objects " + file + ": " + e.getMessage(), e);
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        try (S3Client s3 = client(endpoint, region)) {
            for (JsonNode bucket : root.path("buckets")) {
                String name = bucket.path("name").asText();
                s3.createBucket(r -> r.bucket(name));
                if (bucket.hasNonNull("versioning")) {
                    s3.putBucketVersioning(r -> r.bucket(name).versioningConfiguration(v -> v.status(
                            bucket.path("versioning").asText())));
                }
                for (JsonNode object : bucket.path("objects")) {
                    Instant at = now.minusSeconds(object.path("hoursBeforeExport").asLong() * 3600);
                    PutObjectRequest.Builder put = PutObjectRequest.builder().bucket(name)
                            .key(key(object.path("key").asText(), at));
                    if (object.hasNonNull("serverSideEncryption")) {
                        put.serverSideEncryption(object.path("serverSideEncryption").asText());
                    }
                    if (object.hasNonNull("kmsKeyId")) {
                        put.ssekmsKeyId(object.path("kmsKeyId").asText());
                    }
                    s3.putObject(put.build(), RequestBody.fromBytes(new byte[object.path("size").asInt()]));
                }
            }
        }
    }

    static String key(String template, Instant at) {
        return template.replace("{date}", DATE.format(at)).replace("{timestamp:dashed}", DASHED.format(at))
                .replace("{timestamp}", COMPACT.format(at));
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
