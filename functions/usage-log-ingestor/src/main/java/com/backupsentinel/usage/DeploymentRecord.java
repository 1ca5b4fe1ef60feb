package com.backupsentinel.usage;

import java.time.Instant;
import java.util.Objects;

/** A stored deployment, as configuration-history answers show it. */
record DeploymentRecord(String customer, Instant deployedAt, String user, String userArn, String configHash,
                        int additionalUsersCount, String projectName, String clusterName, String sourceKey) {

    DeploymentRecord {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(deployedAt, "deployedAt");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(userArn, "userArn");
        Objects.requireNonNull(configHash, "configHash");
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(clusterName, "clusterName");
        Objects.requireNonNull(sourceKey, "sourceKey");
    }
}
