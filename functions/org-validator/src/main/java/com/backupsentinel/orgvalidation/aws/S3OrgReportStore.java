package com.backupsentinel.orgvalidation.aws;

import com.backupsentinel.orgvalidation.aggregate.OrgReportStore;
import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.aws.S3Clients;
import com.backupsentinel.validator.aws.S3ReportStore;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The org report in the report bucket: written and pre-signed as the validator's own reports are
 * ({@link S3ReportStore}: the bucket's default SSE-KMS, SigV4 links computed locally), plus small reads.
 */
public final class S3OrgReportStore implements OrgReportStore {

    private final S3ReportStore reports;
    private final S3Client s3;

    public S3OrgReportStore(S3ReportStore reports, S3Client s3) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.s3 = Objects.requireNonNull(s3, "s3");
    }

    public static S3OrgReportStore create(AwsClientFactory factory, String bucket) {
        return new S3OrgReportStore(S3ReportStore.create(factory, bucket), S3Clients.build(factory));
    }

    @Override
    public String bucket() {
        return reports.bucket();
    }

    @Override
    public void put(String key, String contentType, byte[] body) {
        reports.put(key, contentType, body);
    }

    @Override
    public String presignedGet(String key, Duration validity) {
        return reports.presignedGet(key, validity);
    }

    @Override
    public Optional<String> readText(String key) {
        try {
            return Optional.of(s3.getObjectAsBytes(request -> request.bucket(reports.bucket()).key(key))
                    .asString(StandardCharsets.UTF_8));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }
}
