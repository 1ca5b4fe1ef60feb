package com.backupsentinel.orgvalidation.shard;

import com.backupsentinel.validator.report.ReportStore;
import java.time.Duration;
import java.util.Objects;

/**
 * The report bucket as one shard's validator sees it: the validator's report keys
 * ({@code reports/validation/YYYY/MM/DD/<name>}) land in the shard's folder of the org run instead, under the same
 * file names.
 */
final class ShardReportStore implements ReportStore {

    private final ReportStore bucket;
    private final String folder;

    ShardReportStore(ReportStore bucket, String folder) {
        this.bucket = Objects.requireNonNull(bucket, "bucket");
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    @Override
    public String bucket() {
        return bucket.bucket();
    }

    @Override
    public void put(String key, String contentType, byte[] body) {
        bucket.put(moved(key), contentType, body);
    }

    @Override
    public String presignedGet(String key, Duration validity) {
        return bucket.presignedGet(moved(key), validity);
    }

    String moved(String key) {
        return folder + key.substring(key.lastIndexOf('/') + 1);
    }
}
