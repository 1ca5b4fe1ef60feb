package com.backupsentinel.validator.controls;

import com.backupsentinel.shared.config.DeploymentEnvironment;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The thresholds and expectations the controls apply, read from the function's configuration.
 *
 * @param environment             the deployment environment; a plan or vault whose name does not say its own
 *                                environment is held to this one's rules
 * @param backupVaultName         the vault this deployment relies on; it must exist in the primary region
 * @param replicaRegion           where staging and production copy their backups
 * @param replicaAccountId        when present, copies must also go to this account
 * @param coverageResourceTypes   Tagging API resource types in scope ({@code rds:db}, {@code ec2:volume}, ...)
 * @param coverageIncludeTags     a resource is in scope only when it matches every one of these
 * @param coverageExcludeTags     a resource matching any of these is out of scope
 */
public record ControlSettings(DeploymentEnvironment environment, int rpoTargetHours, int rtoTargetMinutes,
                              int minRetentionDays, int stuckJobHours, double stuckJobMedianFactor,
                              int minBackupFrequencyHours, boolean requireCustomerManagedKey,
                              Optional<String> backupVaultName, String replicaRegion,
                              Optional<String> replicaAccountId, List<String> coverageResourceTypes,
                              List<TagRule> coverageIncludeTags, List<TagRule> coverageExcludeTags) {

    public ControlSettings {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(backupVaultName, "backupVaultName");
        Objects.requireNonNull(replicaRegion, "replicaRegion");
        Objects.requireNonNull(replicaAccountId, "replicaAccountId");
        coverageResourceTypes = List.copyOf(coverageResourceTypes);
        coverageIncludeTags = List.copyOf(coverageIncludeTags);
        coverageExcludeTags = List.copyOf(coverageExcludeTags);
    }
}
