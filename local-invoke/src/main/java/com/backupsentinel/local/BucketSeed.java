package com.backupsentinel.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Objects an inventory supplies for a template bucket: every file under {@code <inventory>/s3/<LogicalId>/}, stored
 * under its path relative to that folder (so {@code s3/ReportBucket/usage-logs/acme/x.json} becomes the key
 * {@code usage-logs/acme/x.json}), byte for byte. Local invoke writes them into a bucket it has just created on the
 * embedded stand-ins, never into one that already existed.
 */
final class BucketSeed {

    private BucketSeed() {
    }

    /** Writes the seed objects of {@code logicalId} into {@code bucket}; returns how many (0 when there are none). */
    static int load(S3Client s3, Path seedFolder, String logicalId, String bucket) {
        Path folder = seedFolder.resolve(logicalId);
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the bucket seed " + folder + ": " + e.getMessage(), e);
        }
        for (Path file : files) {
            String key = folder.relativize(file).toString().replace('\\', '/');
            s3.putObject(r -> r.bucket(bucket).key(key).contentType(contentType(key)), RequestBody.fromFile(file));
        }
        return files.size();
    }

    private static String contentType(String key) {
        if (key.endsWith(".json")) {
            return "application/json";
        }
        if (key.endsWith(".yaml") || key.endsWith(".yml")) {
            return "application/yaml";
        }
        return "application/octet-stream";
    }
}
