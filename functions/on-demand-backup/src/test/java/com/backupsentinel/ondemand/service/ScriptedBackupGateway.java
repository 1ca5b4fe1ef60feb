package com.backupsentinel.ondemand.service;

import com.backupsentinel.shared.json.Json;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link BackupGateway} in memory for service tests: jobs get sequential ids, recovery points and restore
 * metadata are set up by the test, and failures can be queued per operation and resource.
 */
public final class ScriptedBackupGateway implements BackupGateway {

    private final List<BackupJobSpec> backupCalls = new ArrayList<>();
    private final List<String> backupJobIds = new ArrayList<>();
    private final List<RestoreJobSpec> restoreCalls = new ArrayList<>();
    private final Map<String, JobProgress> jobs = new LinkedHashMap<>();
    private final Map<String, RecoveryPoint> recoveryPoints = new HashMap<>();
    private final Map<String, Map<String, String>> metadata = new HashMap<>();
    private final Map<String, Deque<AwsCallException>> failures = new HashMap<>();
    private final List<BackupSelectionRules> selections = new ArrayList<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private volatile long callMillis;
    private int nextJob = 1;
    private Optional<AwsCallException> configurationFailure = Optional.empty();

    /** Makes the next call of {@code operation} for {@code target} (resource or recovery point ARN) fail. */
    public synchronized void failNext(String operation, String target, String errorCode, int httpStatus, String message) {
        failures.computeIfAbsent(operation + "|" + target, k -> new ArrayDeque<>())
                .add(new AwsCallException("AWS Backup", operation, errorCode, httpStatus, message, null));
    }

    public synchronized void failConfiguration(String errorCode, int httpStatus, String message) {
        configurationFailure = Optional.of(new AwsCallException("AWS Backup", "DescribeBackupVault", errorCode,
                httpStatus, message, null));
    }

    public synchronized void addRecoveryPoint(RecoveryPoint point, Map<String, String> restoreMetadata) {
        recoveryPoints.put(point.recoveryPointArn(), point);
        metadata.put(point.recoveryPointArn(), Map.copyOf(restoreMetadata));
    }

    public synchronized void addSelection(BackupSelectionRules selection) {
        selections.add(selection);
    }

    public synchronized void setState(String jobId, String state, String percentDone, String message) {
        JobProgress current = jobs.get(jobId);
        jobs.put(jobId, new JobProgress(jobId, state, percentDone, message, current.recoveryPointArn(),
                current.createdResourceArn()));
    }

    /** Makes every StartBackupJob take this long, outside the gateway's lock, to observe concurrency. */
    public void slowDown(long millis) {
        callMillis = millis;
    }

    /** The most StartBackupJob calls that were in progress at once. */
    public int maxInFlight() {
        return maxInFlight.get();
    }

    public synchronized List<BackupJobSpec> backupCalls() {
        return List.copyOf(backupCalls);
    }

    public synchronized List<RestoreJobSpec> restoreCalls() {
        return List.copyOf(restoreCalls);
    }

    @Override
    public StartedBackup startBackupJob(BackupJobSpec spec) {
        maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            if (callMillis > 0) {
                Thread.sleep(callMillis);
            }
            return start(spec);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            inFlight.decrementAndGet();
        }
    }

    private synchronized StartedBackup start(BackupJobSpec spec) {
        throwIfScripted("StartBackupJob", spec.resourceArn());
        backupCalls.add(spec);
        String jobId = "backup-job-" + nextJob++;
        backupJobIds.add(jobId);
        String recoveryPoint = "arn:aws:backup:us-west-2:123456789012:recovery-point:" + jobId;
        jobs.put(jobId, new JobProgress(jobId, "CREATED", "0.0", "", recoveryPoint, ""));
        return new StartedBackup(jobId, recoveryPoint);
    }

    /** Jobs listed by ListBackupJobs: every job started here, on demand, with the role it was started with. */
    @Override
    public synchronized List<ListedBackupJob> backupJobsOf(String resourceArn, String vaultName, Instant createdAfter,
                                                           Instant createdBefore) {
        throwIfScripted("ListBackupJobs", resourceArn);
        List<ListedBackupJob> listed = new ArrayList<>();
        for (int i = 0; i < backupCalls.size(); i++) {
            BackupJobSpec spec = backupCalls.get(i);
            if (spec.resourceArn().equals(resourceArn) && spec.vaultName().equals(vaultName)) {
                String jobId = backupJobIds.get(i);
                listed.add(new ListedBackupJob(jobId, resourceArn, spec.iamRoleArn(), jobs.get(jobId)
                        .recoveryPointArn(), true, createdAfter.plusSeconds(1)));
            }
        }
        return listed;
    }

    @Override
    public synchronized JobProgress describeBackupJob(String backupJobId) {
        throwIfScripted("DescribeBackupJob", backupJobId);
        return job(backupJobId);
    }

    @Override
    public synchronized Optional<RecoveryPoint> describeRecoveryPoint(String vaultName, String recoveryPointArn) {
        throwIfScripted("DescribeRecoveryPoint", recoveryPointArn);
        return Optional.ofNullable(recoveryPoints.get(recoveryPointArn));
    }

    @Override
    public synchronized Map<String, String> restoreMetadata(String vaultName, String recoveryPointArn) {
        throwIfScripted("GetRecoveryPointRestoreMetadata", recoveryPointArn);
        return metadata.getOrDefault(recoveryPointArn, Map.of());
    }

    @Override
    public synchronized String startRestoreJob(RestoreJobSpec spec) {
        throwIfScripted("StartRestoreJob", spec.recoveryPointArn());
        restoreCalls.add(spec);
        String jobId = "restore-job-" + nextJob++;
        jobs.put(jobId, new JobProgress(jobId, "PENDING", "0.00%", "", "", ""));
        return jobId;
    }

    @Override
    public synchronized JobProgress describeRestoreJob(String restoreJobId) {
        throwIfScripted("DescribeRestoreJob", restoreJobId);
        return job(restoreJobId);
    }

    @Override
    public synchronized List<BackupSelectionRules> backupSelections(String backupPlanId) {
        return List.copyOf(selections);
    }

    @Override
    public synchronized BackupConfiguration configuration(String vaultName, Optional<String> backupPlanId) {
        if (configurationFailure.isPresent()) {
            throw configurationFailure.get();
        }
        JsonNode vault = Json.mapper().createObjectNode().put("BackupVaultName", vaultName).put("Locked", true)
                .put("MinRetentionDays", 7);
        JsonNode policy = Json.mapper().createObjectNode().put("Policy", "{\"Version\":\"2012-10-17\"}");
        Optional<JsonNode> plan = backupPlanId.map(id -> Json.mapper().createObjectNode().put("BackupPlanId", id));
        return new BackupConfiguration(vault, Optional.of(policy), Optional.empty(), plan,
                backupPlanId.isPresent() ? List.of(Json.mapper().createObjectNode().put("SelectionId", "sel-1"))
                        : List.of());
    }

    private JobProgress job(String jobId) {
        JobProgress job = jobs.get(jobId);
        if (job == null) {
            throw new AwsCallException("AWS Backup", "DescribeBackupJob", "ResourceNotFoundException", 404,
                    "Job " + jobId + " not found", null);
        }
        return job;
    }

    private void throwIfScripted(String operation, String target) {
        Deque<AwsCallException> queued = failures.get(operation + "|" + target);
        if (queued != null && !queued.isEmpty()) {
            throw queued.poll();
        }
    }
}
