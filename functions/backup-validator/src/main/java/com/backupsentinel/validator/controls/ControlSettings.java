package com.backupsentinel.validator.controls;

import com.backupsentinel.shared.config.DeploymentEnvironment;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The thresholds and expectations the controls apply, read from the function's configuration.
 *
 * @param environment             the deployment environment; a resource, plan or vault that says nothing of its own
 *                                environment is held to this one's rules
 * @param minRetentionDays        the minimum retention of recovery points and rules; empty = each environment's
 *                                retention of the seed (development 7, staging 30, production 90 days)
 * @param stuckJobHours           how long an on-demand job (no plan rule, so no rule windows) may stay under way
 * @param backupVaultName         the vault this deployment relies on; it must exist in the primary region
 * @param replicaRegion           where staging and production copy their backups
 * @param replicaAccountId        when present, copies must also go to this account
 * @param coverageResourceTypes   Tagging API resource types in scope ({@code rds:db}, {@code ec2:volume}, ...)
 * @param coverageIncludeTags     a resource is in scope only when it matches every one of these
 * @param coverageExcludeTags     a resource matching any of these is out of scope
 * @param environmentTagKey       the tag naming a resource's environment (production findings rank first)
 * @param restoreTestMaxAgeDays   a resource's latest restore test may be at most this old
 */
public record ControlSettings(DeploymentEnvironment environment, int rpoTargetHours, int rtoTargetMinutes,
                              OptionalInt minRetentionDays, int stuckJobHours, double stuckJobMedianFactor,
                              int minBackupFrequencyHours, boolean requireCustomerManagedKey,
                              Optional<String> backupVaultName, String replicaRegion,
                              Optional<String> replicaAccountId, List<String> coverageResourceTypes,
                              List<TagRule> coverageIncludeTags, List<TagRule> coverageExcludeTags,
                              String environmentTagKey, int restoreTestMaxAgeDays) {

    public static final String DEFAULT_ENVIRONMENT_TAG_KEY = "Environment";
    public static final int DEFAULT_RESTORE_TEST_MAX_AGE_DAYS = 10;

    public ControlSettings {
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(minRetentionDays, "minRetentionDays");
        Objects.requireNonNull(backupVaultName, "backupVaultName");
        Objects.requireNonNull(replicaRegion, "replicaRegion");
        Objects.requireNonNull(replicaAccountId, "replicaAccountId");
        coverageResourceTypes = List.copyOf(coverageResourceTypes);
        coverageIncludeTags = List.copyOf(coverageIncludeTags);
        coverageExcludeTags = List.copyOf(coverageExcludeTags);
        Objects.requireNonNull(environmentTagKey, "environmentTagKey");
    }

    /** Settings with a fixed minimum retention, the Environment tag and the default restore test age. */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public ControlSettings(DeploymentEnvironment environment, int rpoTargetHours, int rtoTargetMinutes,
                           int minRetentionDays, int stuckJobHours, double stuckJobMedianFactor,
                           int minBackupFrequencyHours, boolean requireCustomerManagedKey,
                           Optional<String> backupVaultName, String replicaRegion, Optional<String> replicaAccountId,
                           List<String> coverageResourceTypes, List<TagRule> coverageIncludeTags,
                           List<TagRule> coverageExcludeTags) {
        this(environment, rpoTargetHours, rtoTargetMinutes, OptionalInt.of(minRetentionDays), stuckJobHours,
                stuckJobMedianFactor, minBackupFrequencyHours, requireCustomerManagedKey, backupVaultName,
                replicaRegion, replicaAccountId, coverageResourceTypes, coverageIncludeTags, coverageExcludeTags,
                DEFAULT_ENVIRONMENT_TAG_KEY, DEFAULT_RESTORE_TEST_MAX_AGE_DAYS);
    }

    /** The minimum retention for a point or rule of {@code place}: the configured one, else the seed's. */
    public int minRetentionDays(DeploymentEnvironment place) {
        return minRetentionDays.orElse(place.retentionDays());
    }
}
