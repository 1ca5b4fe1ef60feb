package com.backupsentinel.orgvalidation;

import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.standins.EmbeddedAws;
import com.backupsentinel.standins.org.OrgEstate;
import com.backupsentinel.standins.org.OrgStandIns;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A generated organisation on the org stand-ins, with the report bucket created and the environment the org
 * functions get from the template (member role, external id, bucket, topic, regions, the validator's defaults).
 */
final class OrgFixture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-22T06:30:00Z");
    static final String BUCKET = "backup-sentinel-reports-111111111111";
    static final String TOPIC = "arn:aws:sns:us-west-2:111111111111:backup-sentinel";
    static final String EXTERNAL_ID = "backup-sentinel-o-a1b2c3d4e5";
    static final String ROLE = "BackupSentinelMemberReadOnly";

    final OrgEstate estate;
    final OrgStandIns aws;
    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

    private OrgFixture(OrgEstate estate, OrgStandIns aws) {
        this.estate = estate;
        this.aws = aws;
    }

    static OrgFixture start(int accounts, int regions) {
        OrgEstate estate = OrgEstate.generate(accounts, regions, NOW);
        OrgStandIns aws = OrgStandIns.start(estate, Optional.of(EXTERNAL_ID), Clock.fixed(NOW, ZoneOffset.UTC));
        OrgFixture fixture = new OrgFixture(estate, aws);
        try (S3Client s3 = fixture.s3()) {
            s3.createBucket(request -> request.bucket(BUCKET));
        }
        return fixture;
    }

    Map<String, String> variables() {
        Map<String, String> variables = new LinkedHashMap<>(aws.endpointEnvironment());
        variables.put("ENVIRONMENT", "development");
        variables.put("REPORT_BUCKET", BUCKET);
        variables.put("NOTIFICATION_TOPIC_ARN", TOPIC);
        variables.put("MEMBER_ROLE_NAME", ROLE);
        variables.put("MEMBER_EXTERNAL_ID", EXTERNAL_ID);
        variables.put("REQUIRE_CUSTOMER_MANAGED_KEY", "true");
        variables.put("ORG_REGIONS", String.join(",", estate.regions()));
        return variables;
    }

    Environment environment() {
        return Environment.of(variables());
    }

    S3Client s3() {
        return S3Client.builder().endpointOverride(aws.s3().endpoint()).region(Region.US_WEST_2).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        EmbeddedAws.ACCESS_KEY_ID, EmbeddedAws.SECRET_ACCESS_KEY)))
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    @Override
    public void close() {
        aws.close();
    }
}
