package com.backupsentinel.orgvalidation;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.config.ConfigReader;
import com.backupsentinel.shared.config.ConfigurationException;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.member.MemberRole;
import com.backupsentinel.validator.BackupValidatorConfig;
import java.util.Objects;

/**
 * What OrgValidationShardFunction reads from its environment, once, at init: the member role (name and external id),
 * the report bucket, and the validator's own variables, which are checked here too (as the shard's region will see
 * them), so a bad threshold fails the init rather than every shard.
 */
public record OrgShardConfig(MemberRole memberRole, String reportBucket, String metricsNamespace) {

    public static final String MEMBER_ROLE_NAME = "MEMBER_ROLE_NAME";
    public static final String MEMBER_EXTERNAL_ID = "MEMBER_EXTERNAL_ID";
    public static final String METRICS_NAMESPACE = "POWERTOOLS_METRICS_NAMESPACE";

    public OrgShardConfig {
        Objects.requireNonNull(memberRole, "memberRole");
        Objects.requireNonNull(reportBucket, "reportBucket");
        Objects.requireNonNull(metricsNamespace, "metricsNamespace");
    }

    public static OrgShardConfig from(Environment environment) {
        ConfigReader reader = new ConfigReader(environment);
        String region = reader.required(AwsClientFactory.REGION, "us-east-1");
        MemberRole role = memberRole(reader, region);
        String bucket = reader.required(BackupValidatorConfig.REPORT_BUCKET, "backup-sentinel-reports-123456789012");
        BackupValidatorConfig.from(name -> BackupValidatorConfig.REGIONS.equals(name)
                ? environment.get(AwsClientFactory.REGION) : environment.get(name));
        return new OrgShardConfig(role, bucket, reader.optional(METRICS_NAMESPACE, "BackupSentinel"));
    }

    /** MEMBER_ROLE_NAME and MEMBER_EXTERNAL_ID, checked, in the partition of the function's region. */
    static MemberRole memberRole(ConfigReader reader, String region) {
        String name = reader.required(MEMBER_ROLE_NAME, "BackupSentinelMemberReadOnly");
        try {
            return MemberRole.inRegion(region, name, reader.optional(MEMBER_EXTERNAL_ID));
        } catch (IllegalArgumentException e) {
            String variable = e.getMessage().startsWith("roleName") ? MEMBER_ROLE_NAME : MEMBER_EXTERNAL_ID;
            throw new ConfigurationException("Environment variable " + variable + " is invalid: " + e.getMessage());
        }
    }
}
