package com.backupsentinel.usage;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;

/** One deployment as its usage log tells it, validated. */
record UsageLog(String customer, String userArn, String userId, CallerIdentity caller, Instant deployedAt,
                String configHash, int additionalUsersCount, String projectName, String clusterName) {

    UsageLog {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(userArn, "userArn");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(deployedAt, "deployedAt");
        Objects.requireNonNull(configHash, "configHash");
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(clusterName, "clusterName");
    }

    /** The CSV's user: see {@link CallerIdentity}. */
    String user() {
        return caller.user();
    }

    /** The deployment's date in UTC (Terraform's {@code timestamp()} is UTC, so this is the date it shows). */
    LocalDate date() {
        return LocalDate.ofInstant(deployedAt, ZoneOffset.UTC);
    }
}
