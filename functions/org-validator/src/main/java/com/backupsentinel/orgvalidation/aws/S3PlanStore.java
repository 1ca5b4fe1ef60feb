package com.backupsentinel.orgvalidation.aws;

import com.backupsentinel.orgvalidation.plan.PlanStore;
import java.util.Objects;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** The items file in the report bucket (encrypted by the bucket's default, SSE-KMS with the stack's key). */
public final class S3PlanStore implements PlanStore {

    private final S3Client s3;
    private final String bucket;

    public S3PlanStore(S3Client s3, String bucket) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
    }

    @Override
    public String bucket() {
        return bucket;
    }

    @Override
    public void put(String key, byte[] json) {
        s3.putObject(request -> request.bucket(bucket).key(key).contentType("application/json"),
                RequestBody.fromBytes(json));
    }
}
