package com.backupsentinel.validator.controls;

import com.backupsentinel.shared.config.DeploymentEnvironment;
import com.backupsentinel.validator.inventory.CopyActionRecord;
import com.backupsentinel.validator.inventory.JobKind;
import com.backupsentinel.validator.inventory.JobRecord;
import com.backupsentinel.validator.inventory.PlanRecord;
import com.backupsentinel.validator.inventory.RecoveryPointRecord;
import com.backupsentinel.validator.inventory.RuleRecord;
import com.backupsentinel.validator.inventory.SelectionRecord;
import com.backupsentinel.validator.inventory.TagCondition;
import com.backupsentinel.validator.inventory.VaultRecord;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Builds records and contexts for control tests, with one fixed "now". */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2026-11-22T06:00:00Z");
    public static final String REGION = "us-west-2";
    public static final String ACCOUNT = "123456789012";

    private Fixtures() {
    }

    public static ControlSettings settings(DeploymentEnvironment environment) {
        return new ControlSettings(environment, 24, 240, 35, 24, 3.0, 24, false, Optional.empty(), "us-east-1",
                Optional.empty(), List.of("rds:db", "ec2:volume"), List.of(TagRule.parse("Environment")),
                List.of(TagRule.parse("VolumeType=temporary")));
    }

    public static ControlContext context() {
        return context(settings(DeploymentEnvironment.PRODUCTION));
    }

    public static ControlContext context(ControlSettings settings) {
        return new ControlContext(REGION, true, EvaluationWindow.ending(NOW, Duration.ofHours(24), ZoneOffset.UTC),
                settings);
    }

    public static String arn(String type, String name) {
        switch (type) {
            case "RDS":
                return "arn:aws:rds:us-west-2:" + ACCOUNT + ":db:" + name;
            case "EFS":
                return "arn:aws:elasticfilesystem:us-west-2:" + ACCOUNT + ":file-system/" + name;
            default:
                return "arn:aws:ec2:us-west-2:" + ACCOUNT + ":volume/" + name;
        }
    }

    /** A job of {@code kind} created {@code hoursAgo} and, unless {@code minutes} is negative, done after it. */
    public static JobRecord job(JobKind kind, String id, String resource, String state, double hoursAgo,
                                long minutes, String message) {
        Instant created = NOW.minusSeconds((long) (hoursAgo * 3600));
        Optional<Instant> completed = minutes < 0 ? Optional.empty() : Optional.of(created.plusSeconds(minutes * 60));
        return new JobRecord(kind, id, ACCOUNT, arn("EBS", resource), "EBS", "vault-a", state, message, "", created,
                completed, kind == JobKind.COPY ? "arn:aws:backup:us-east-1:" + ACCOUNT + ":backup-vault:replica" : "",
                "");
    }

    public static JobRecord backup(String id, String resource, String state, double hoursAgo, long minutes) {
        return job(JobKind.BACKUP, id, resource, state, hoursAgo, minutes, "");
    }

    public static RecoveryPointRecord point(String id, String resourceArn, String status, double hoursAgo,
                                            boolean encrypted, OptionalLong deleteAfterDays) {
        Instant created = NOW.minusSeconds((long) (hoursAgo * 3600));
        return new RecoveryPointRecord("arn:aws:backup:us-west-2:" + ACCOUNT + ":recovery-point:" + id, "vault-a",
                resourceArn, "EBS", status, "", created, Optional.of(created.plusSeconds(600)), encrypted,
                encrypted ? "arn:aws:kms:us-west-2:" + ACCOUNT + ":key/k1" : "", encrypted
                ? "CUSTOMER_MANAGED_KMS_KEY" : "", deleteAfterDays, Optional.empty());
    }

    public static VaultRecord vault(String name, String keyType, boolean locked, String policy) {
        return new VaultRecord(name, "arn:aws:backup:us-west-2:" + ACCOUNT + ":backup-vault:" + name, "BACKUP_VAULT",
                "arn:aws:kms:us-west-2:" + ACCOUNT + ":key/k1", keyType, locked,
                locked ? OptionalLong.of(90) : OptionalLong.empty(), locked ? OptionalLong.of(36500) : OptionalLong.empty(),
                Optional.ofNullable(policy), locked ? Optional.of(NOW.minusSeconds(86400 * 30)) : Optional.empty(),
                "AVAILABLE", Optional.empty());
    }

    public static RuleRecord rule(String name, String schedule, long deleteAfter, OptionalLong coldAfter,
                                  CopyActionRecord... copies) {
        return new RuleRecord(name, "vault-a", schedule, "", OptionalLong.of(deleteAfter), coldAfter, false,
                List.of(copies));
    }

    public static CopyActionRecord copyTo(String region, String account) {
        return new CopyActionRecord("arn:aws:backup:" + region + ":" + account + ":backup-vault:replica",
                OptionalLong.of(90), OptionalLong.empty());
    }

    public static PlanRecord plan(String name, List<RuleRecord> rules, SelectionRecord... selections) {
        return new PlanRecord("id-" + name, name, "arn:aws:backup:us-west-2:" + ACCOUNT + ":backup-plan:id-" + name,
                rules, List.of(selections));
    }

    public static SelectionRecord tagSelection(String key, String value, TagCondition... notLike) {
        return new SelectionRecord("p", "by-tag", List.of("*"), List.of(), List.of(), List.of(new TagCondition(key, value)),
                List.of(), List.of(), List.of(notLike));
    }
}
