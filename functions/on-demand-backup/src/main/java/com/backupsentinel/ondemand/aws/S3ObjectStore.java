package com.backupsentinel.ondemand.aws;

import com.backupsentinel.ondemand.service.AwsCallException;
import com.backupsentinel.ondemand.service.ObjectStore;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;

/** {@link ObjectStore} on one S3 bucket. */
public final class S3ObjectStore implements ObjectStore {

    private static final String SERVICE = "S3";

    private final S3Client s3;
    private final String bucket;

    public S3ObjectStore(S3Client s3, String bucket) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
    }

    @Override
    public String bucket() {
        return bucket;
    }

    @Override
    public Optional<byte[]> read(String key) {
        try {
            return Optional.of(AwsErrors.call(SERVICE, "GetObject",
                    () -> s3.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray()));
        } catch (AwsCallException e) {
            if (e.notFound()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public void write(String key, byte[] content, String contentType) {
        AwsErrors.run(SERVICE, "PutObject", () -> s3.putObject(b -> b.bucket(bucket).key(key)
                .contentType(contentType), RequestBody.fromBytes(content)));
    }
}
