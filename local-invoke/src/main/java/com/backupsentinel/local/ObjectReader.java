package com.backupsentinel.local;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.aws.S3Clients;
import com.backupsentinel.shared.config.Environment;
import java.util.Optional;
import java.util.function.BiFunction;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.S3Client;

/** Reads an S3 object from the local AWS, for capturing the result of a CopyObject whose source it did not see. */
final class ObjectReader implements BiFunction<String, String, Optional<byte[]>> {

    private final Environment environment;

    ObjectReader(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Optional<byte[]> apply(String bucket, String key) {
        AwsClientFactory factory = AwsClientFactory.fromEnvironment(environment);
        try (S3Client s3 = S3Clients.build(factory)) {
            return Optional.of(s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray());
        } catch (SdkException e) {
            return Optional.empty();
        }
    }
}
