package com.backupsentinel.ondemand.aws;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.standins.StandInOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The small AWS Backup inventory of src/test/resources/test-inventory and clients for stand-ins. */
public final class TestInventory {

    public static final String VAULT = "sentinel-vault";
    public static final String PLAN_ID = "0f0e0d0c-1111-4222-8333-944455556666";
    public static final String RDS_POINT =
            "arn:aws:rds:us-west-2:123456789012:snapshot:awsbackup:job-11111111-2222-4333-8444-555555555555";
    public static final String EC2_POINT = "arn:aws:ec2:us-west-2::image/ami-0abc1234def567890";
    public static final String S3_POINT =
            "arn:aws:backup:us-west-2:123456789012:recovery-point:orders-exports-20261121010000";
    public static final String ORDERS = "arn:aws:rds:us-west-2:123456789012:db:orders";
    public static final String BACKUP_ROLE = "arn:aws:iam::123456789012:role/BackupSentinelBackup";
    public static final String RESTORE_ROLE = "arn:aws:iam::123456789012:role/BackupSentinelRestore";

    private TestInventory() {
    }

    public static Path folder() {
        try {
            return Path.of(TestInventory.class.getResource("/test-inventory").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static StandInOptions options() {
        return StandInOptions.empty().withInventory(folder());
    }

    /** A client factory pointed at one stand-in endpoint for {@code serviceId}, with dummy credentials. */
    public static AwsClientFactory clients(String serviceId, URI endpoint) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("AWS_REGION", "us-west-2");
        env.put("AWS_ACCESS_KEY_ID", "STANDINACCESSKEY");
        env.put("AWS_SECRET_ACCESS_KEY", "stand-in-secret-not-a-credential");
        env.put("AWS_ENDPOINT_URL_" + serviceId, endpoint.toString());
        return AwsClientFactory.fromEnvironment(Environment.of(env));
    }
}
