package com.backupsentinel.auditexport;

import com.backupsentinel.audit.ExportSink;
import java.util.Objects;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** Writes exports to the report bucket (encrypted by the bucket's default SSE-KMS key). */
final class S3ExportSink implements ExportSink {

    private final S3Client s3;
    private final String bucket;

    S3ExportSink(S3Client s3, String bucket) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
    }

    @Override
    public void put(String key, byte[] body, String contentType) {
        s3.putObject(r -> r.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(body));
    }
}
