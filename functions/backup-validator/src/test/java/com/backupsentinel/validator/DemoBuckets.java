package com.backupsentinel.validator;

import com.backupsentinel.shared.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Loads {@code demo-account/s3/objects.json} into an S3 stand-in: creates each bucket (with versioning when
 * stated) and writes each object, its key rendered at {@code anchor - hoursBeforeExport}, its size in zero bytes
 * and its server-side encryption headers.
 */
final class DemoBuckets {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("yyyy-MM-dd't'HH-mm-ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private DemoBuckets() {
    }

    static int load(S3Client s3, Path file, Instant anchor) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        int written = 0;
        for (JsonNode bucket : root.path("buckets")) {
            String name = bucket.path("name").asText();
            s3.createBucket(r -> r.bucket(name));
            if (bucket.hasNonNull("versioning")) {
                s3.putBucketVersioning(r -> r.bucket(name).versioningConfiguration(v -> v.status(
                        bucket.path("versioning").asText())));
            }
            for (JsonNode object : bucket.path("objects")) {
                Instant at = anchor.minusSeconds(object.path("hoursBeforeExport").asLong() * 3600);
                PutObjectRequest.Builder put = PutObjectRequest.builder().bucket(name).key(key(object.path("key")
                        .asText(), at));
                if (object.hasNonNull("serverSideEncryption")) {
                    put.serverSideEncryption(object.path("serverSideEncryption").asText());
                }
                if (object.hasNonNull("kmsKeyId")) {
                    put.ssekmsKeyId(object.path("kmsKeyId").asText());
                }
                s3.putObject(put.build(), RequestBody.fromBytes(new byte[object.path("size").asInt()]));
                written++;
            }
        }
        return written;
    }

    static String key(String template, Instant at) {
        return template.replace("{date}", DATE.format(at)).replace("{timestamp:dashed}", DASHED.format(at))
                .replace("{timestamp}", COMPACT.format(at));
    }
}
