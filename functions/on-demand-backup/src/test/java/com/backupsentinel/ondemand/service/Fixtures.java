package com.backupsentinel.ondemand.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Values shared by the service tests. */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2026-11-21T09:30:00Z");
    public static final String ACCOUNT = "123456789012";
    public static final String VAULT = "sentinel-vault";
    public static final String BACKUP_ROLE = "arn:aws:iam::123456789012:role/BackupSentinelBackup";
    public static final String RESTORE_ROLE = "arn:aws:iam::123456789012:role/BackupSentinelRestore";
    public static final String PLAN_ID = "8a3e1b5c-1f2d-4e6a-9b7c-0d1e2f3a4b5c";
    public static final String RDS = "arn:aws:rds:us-west-2:123456789012:db:orders";
    public static final String EBS = "arn:aws:ec2:us-west-2:123456789012:volume/vol-0a1b2c3d4e5f60718";
    public static final String EFS = "arn:aws:elasticfilesystem:us-west-2:123456789012:file-system/fs-0123abcd";
    public static final String DYNAMO = "arn:aws:dynamodb:us-west-2:123456789012:table/sessions";
    public static final Caller ALICE = new Caller("arn:aws:sts::123456789012:assumed-role/BackupOperator/alice",
            ACCOUNT, "AROAEXAMPLE:alice", "o-exampleorg1", "203.0.113.10", "curl/8.5.0");
    public static final Caller BOB = new Caller("arn:aws:sts::123456789012:assumed-role/BackupOperator/bob",
            ACCOUNT, "AROAEXAMPLE:bob", "", "", "");

    private Fixtures() {
    }

    public static ServiceSettings settings() {
        return settings(Optional.of(PLAN_ID), List.of("RDS", "Aurora", "DynamoDB", "EBS"), List.of());
    }

    public static ServiceSettings settings(Optional<String> planId, List<String> allowed, List<String> configKeys) {
        return new ServiceSettings("us-west-2", VAULT, BACKUP_ROLE, RESTORE_ROLE, planId, allowed, 30, configKeys, 1);
    }

    /** The default settings with {@code concurrency} AWS calls in flight. */
    public static ServiceSettings concurrent(int concurrency) {
        return new ServiceSettings("us-west-2", VAULT, BACKUP_ROLE, RESTORE_ROLE, Optional.of(PLAN_ID),
                List.of("RDS", "EBS"), 30, List.of(), concurrency);
    }
}
