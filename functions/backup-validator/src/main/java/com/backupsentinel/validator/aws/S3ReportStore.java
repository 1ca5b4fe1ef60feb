package com.backupsentinel.validator.aws;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.aws.S3Clients;
import com.backupsentinel.validator.report.ReportStore;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Reports in the S3 report bucket. Objects are encrypted by the bucket's default (SSE-KMS with the stack's
 * key); links are SigV4 pre-signed GETs, computed locally by the presigner.
 */
public final class S3ReportStore implements ReportStore {

    private final S3Client s3;
    private final S3Presigner presigner;
    private final String bucket;

    public S3ReportStore(S3Client s3, S3Presigner presigner, String bucket) {
        this.s3 = Objects.requireNonNull(s3, "s3");
        this.presigner = Objects.requireNonNull(presigner, "presigner");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
    }

    /**
     * A client and a presigner that agree: same region, credentials and endpoint, path-style addressing when an
     * endpoint override (LocalStack, the stand-ins) is set. The presigner does not take these from the client.
     */
    public static S3ReportStore create(AwsClientFactory factory, String bucket) {
        Optional<URI> endpoint = factory.endpointFor("S3");
        S3Client s3 = S3Clients.build(factory);
        S3Presigner.Builder presigner = S3Presigner.builder().region(factory.region())
                .credentialsProvider(s3.serviceClientConfiguration().credentialsProvider())
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(endpoint.isPresent()).build());
        endpoint.ifPresent(presigner::endpointOverride);
        return new S3ReportStore(s3, presigner.build(), bucket);
    }

    @Override
    public String bucket() {
        return bucket;
    }

    @Override
    public void put(String key, String contentType, byte[] body) {
        s3.putObject(r -> r.bucket(bucket).key(key).contentType(contentType), RequestBody.fromBytes(body));
    }

    @Override
    public String presignedGet(String key, Duration validity) {
        return presigner.presignGetObject(r -> r.signatureDuration(validity)
                .getObjectRequest(get -> get.bucket(bucket).key(key))).url().toString();
    }
}
