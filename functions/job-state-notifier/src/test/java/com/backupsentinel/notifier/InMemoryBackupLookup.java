package com.backupsentinel.notifier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers Describe* look-ups from a map; ids it does not know fail as AWS Backup would
 * ({@code ResourceNotFoundException}). Records every call.
 */
final class InMemoryBackupLookup implements BackupLookup {

    private final Map<String, JobDescription> descriptions = new HashMap<>();
    private final Map<String, String> failures = new HashMap<>();
    private final List<String> calls = new ArrayList<>();
    private JobDescription fallback;

    InMemoryBackupLookup describe(String id, JobDescription description) {
        descriptions.put(id, description);
        return this;
    }

    InMemoryBackupLookup fail(String id, String reason) {
        failures.put(id, reason);
        return this;
    }

    /** Answer every id it does not know with {@code description} instead of failing. */
    InMemoryBackupLookup answerEverythingWith(JobDescription description) {
        this.fallback = description;
        return this;
    }

    List<String> calls() {
        return List.copyOf(calls);
    }

    @Override
    public JobDescription describeBackupJob(String backupJobId) {
        return answer("DescribeBackupJob", backupJobId);
    }

    @Override
    public JobDescription describeCopyJob(String copyJobId) {
        return answer("DescribeCopyJob", copyJobId);
    }

    @Override
    public JobDescription describeRestoreJob(String restoreJobId) {
        return answer("DescribeRestoreJob", restoreJobId);
    }

    @Override
    public JobDescription describeRecoveryPoint(String backupVaultName, String recoveryPointArn) {
        return answer("DescribeRecoveryPoint", recoveryPointArn);
    }

    @Override
    public synchronized String backupPlanName(String backupPlanId, Optional<String> versionId) {
        JobDescription plan = answer("GetBackupPlan", backupPlanId);
        return plan.backupPlanName().orElseThrow(() -> new LookupFailedException("GetBackupPlan",
                "ResourceNotFoundException: plan " + backupPlanId + " not found (HTTP 400)", null));
    }

    /** A description that only names a plan, for {@link #describe} under the plan's id. */
    static JobDescription planNamed(String name) {
        return new JobDescription(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(name));
    }

    private synchronized JobDescription answer(String operation, String id) {
        calls.add(operation + " " + id);
        if (failures.containsKey(id)) {
            throw new LookupFailedException(operation, failures.get(id), null);
        }
        JobDescription description = descriptions.getOrDefault(id, fallback);
        if (description == null) {
            throw new LookupFailedException(operation, "ResourceNotFoundException: " + id + " not found (HTTP 400)",
                    null);
        }
        return description;
    }
}
