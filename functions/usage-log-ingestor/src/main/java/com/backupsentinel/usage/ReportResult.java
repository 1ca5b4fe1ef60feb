package com.backupsentinel.usage;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the CSV was written, its size and row count, the CSV itself when at most
 * {@link UsageReporter#INLINE_CSV_MAX_BYTES} bytes, and the rows whose config hash matches no recorded backup.
 */
record ReportResult(String bucket, String key, int rowCount, long sizeBytes, Instant generatedAt,
                    Optional<String> csv, List<LatestDeployment> withoutConfigBackup) {

    ReportResult {
        Objects.requireNonNull(bucket, "bucket");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(csv, "csv");
        withoutConfigBackup = List.copyOf(withoutConfigBackup);
    }

    String location() {
        return "s3://" + bucket + "/" + key;
    }
}
