package com.backupsentinel.standins;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * Loads an inventory's {@code s3/objects.json} into an S3 stand-in: creates each bucket (with versioning when
 * stated) and writes each object, its key rendered at {@code anchor - hoursBeforeExport} ({@code {date}}
 * yyyy-MM-dd, {@code {timestamp}} yyyyMMdd'T'HHmmss'Z', {@code {timestamp:dashed}} yyyy-MM-dd't'HH-mm-ss), its size
 * in zero bytes and its server-side encryption headers. Local invoke and the validator's demo test both use it.
 */
public final class DemoS3Objects {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("yyyy-MM-dd't'HH-mm-ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private DemoS3Objects() {
    }

    /** The objects file of an inventory folder. */
    public static Path file(Path inventory) {
        return inventory.resolve("s3").resolve("objects.json");
    }

    /** Writes the buckets and objects of {@code file} through {@code s3}; returns how many objects were written. */
    public static int load(S3Client s3, Path file, Instant anchor) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo S3 objects " + file + ": " + e.getMessage(), e);
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
                PutObjectRequest.Builder put = PutObjectRequest.builder().bucket(name)
                        .key(key(object.path("key").asText(), at));
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

    /** The key template rendered at {@code at}. */
    public static String key(String template, Instant at) {
        return template.replace("{date}", DATE.format(at)).replace("{timestamp:dashed}", DASHED.format(at))
                .replace("{timestamp}", COMPACT.format(at));
    }
}
