package com.backupsentinel.standins.backup;

import com.backupsentinel.standins.RecordedCall;
import com.backupsentinel.standins.inventory.Inventory;
import com.backupsentinel.standins.inventory.RegionInventory;
import com.backupsentinel.standins.inventory.Row;
import com.backupsentinel.standins.inventory.RowKind;
import com.backupsentinel.standins.inventory.WireJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/** StartBackupJob, StartRestoreJob, StopBackupJob and test-driven state changes: in-memory jobs, every call recorded. */
final class JobControl {

    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws[a-z\\-]*:iam::\\d{12}:role/[\\w+=,.@\\-/]+");
    private static final int DEFAULT_START_WINDOW_MINUTES = 480;

    private final Inventory inventory;
    private final Clock clock;
    private final List<RecordedCall> calls = new CopyOnWriteArrayList<>();
    private final Map<String, String> idempotency = new ConcurrentHashMap<>();

    JobControl(Inventory inventory, Clock clock) {
        this.inventory = inventory;
        this.clock = clock;
    }

    List<RecordedCall> calls() {
        return List.copyOf(calls);
    }

    synchronized Reply startBackupJob(BackupRequest request) {
        ObjectNode body = request.body();
        String vaultName = required(body, "BackupVaultName");
        String resourceArn = required(body, "ResourceArn");
        String roleArn = role(required(body, "IamRoleArn"));
        String type = ResourceArns.resourceType(resourceArn).orElseThrow(() ->
                BackupError.invalidValue("Resource " + resourceArn + " is not a resource type AWS Backup supports"));
        RegionInventory region = request.region();
        ObjectNode vault = region.vaults().get(vaultName);
        if (vault == null) {
            throw BackupError.notFound("Backup vault " + vaultName + " does not exist in " + request.regionName());
        }
        String tokenKey = request.regionName() + "|" + body.path("IdempotencyToken").asText("");
        Optional<Row> repeated = body.hasNonNull("IdempotencyToken") && idempotency.containsKey(tokenKey)
                ? region.jobs(RowKind.BACKUP_JOB).find(idempotency.get(tokenKey)) : Optional.empty();
        Row job = repeated.orElseGet(() -> createBackupJob(request, body, vault, type, roleArn));
        if (repeated.isEmpty()) {
            calls.add(new RecordedCall("StartBackupJob", request.bodyText()));
            if (body.hasNonNull("IdempotencyToken")) {
                idempotency.put(tokenKey, job.id());
            }
        }
        ObjectNode tree = job.tree();
        ObjectNode response = WireJson.MAPPER.createObjectNode();
        response.put("BackupJobId", job.id());
        response.set("RecoveryPointArn", tree.get("RecoveryPointArn"));
        response.set("CreationDate", tree.get("CreationDate"));
        response.put("IsParent", false);
        return Reply.json(response);
    }

    private Row createBackupJob(BackupRequest request, ObjectNode body, ObjectNode vault, String type, String roleArn) {
        String jobId = UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
        Instant now = clock.instant();
        String resourceArn = body.path("ResourceArn").asText();
        ObjectNode job = WireJson.MAPPER.createObjectNode();
        job.put("AccountId", inventory.accountId());
        job.put("BackupJobId", jobId);
        job.set("BackupVaultName", vault.get("BackupVaultName"));
        job.set("BackupVaultArn", vault.get("BackupVaultArn"));
        job.put("VaultType", "BACKUP_VAULT");
        job.put("RecoveryPointArn", ResourceArns.recoveryPointArn(type, request.regionName(), inventory.accountId(), jobId));
        if (body.has("Lifecycle")) {
            job.set("RecoveryPointLifecycle", body.get("Lifecycle"));
        }
        if (vault.has("EncryptionKeyArn")) {
            job.set("EncryptionKeyArn", vault.get("EncryptionKeyArn"));
            job.put("IsEncrypted", true);
        }
        job.put("ResourceArn", resourceArn);
        job.set("CreationDate", WireJson.timestamp(now));
        job.put("State", "CREATED");
        job.put("PercentDone", "0.0");
        job.put("IamRoleArn", roleArn);
        job.set("StartBy", WireJson.timestamp(now.plusSeconds(60L
                * body.path("StartWindowMinutes").asLong(DEFAULT_START_WINDOW_MINUTES))));
        job.put("ResourceType", type);
        if (body.has("BackupOptions")) {
            job.set("BackupOptions", body.get("BackupOptions"));
        }
        job.put("IsParent", false);
        job.put("ResourceName", ResourceArns.shortName(resourceArn));
        job.set("InitiationDate", WireJson.timestamp(now));
        Row row = request.region().row(RowKind.BACKUP_JOB, job);
        request.region().jobs(RowKind.BACKUP_JOB).put(row);
        return row;
    }

    synchronized Reply startRestoreJob(BackupRequest request) {
        ObjectNode body = request.body();
        String pointArn = required(body, "RecoveryPointArn");
        if (!body.path("Metadata").isObject()) {
            throw BackupError.missing("Metadata");
        }
        if (body.hasNonNull("IamRoleArn")) {
            role(body.get("IamRoleArn").asText());
        }
        RegionInventory region = request.region();
        Row point = region.recoveryPoints().find(pointArn).orElseThrow(() ->
                BackupError.notFound("Recovery point " + pointArn + " does not exist in " + request.regionName()));
        String tokenKey = request.regionName() + "|restore|" + body.path("IdempotencyToken").asText("");
        if (body.hasNonNull("IdempotencyToken") && idempotency.containsKey(tokenKey)) {
            return restoreResponse(idempotency.get(tokenKey));
        }
        ObjectNode source = point.tree();
        String jobId = UUID.randomUUID().toString().toUpperCase(Locale.ROOT);
        ObjectNode job = WireJson.MAPPER.createObjectNode();
        job.put("AccountId", inventory.accountId());
        job.put("RestoreJobId", jobId);
        job.put("RecoveryPointArn", pointArn);
        job.set("SourceResourceArn", source.get("ResourceArn"));
        job.set("BackupVaultArn", source.get("BackupVaultArn"));
        job.set("CreationDate", WireJson.timestamp(clock.instant()));
        job.put("Status", "PENDING");
        job.put("PercentDone", "0.00%");
        if (body.hasNonNull("IamRoleArn")) {
            job.set("IamRoleArn", body.get("IamRoleArn"));
        }
        job.set("ResourceType", body.hasNonNull("ResourceType") ? body.get("ResourceType") : source.get("ResourceType"));
        job.set("RecoveryPointCreationDate", source.get("CreationDate"));
        job.put("IsParent", false);
        region.jobs(RowKind.RESTORE_JOB).put(region.row(RowKind.RESTORE_JOB, job));
        calls.add(new RecordedCall("StartRestoreJob", request.bodyText()));
        if (body.hasNonNull("IdempotencyToken")) {
            idempotency.put(tokenKey, jobId);
        }
        return restoreResponse(jobId);
    }

    synchronized Reply stopBackupJob(BackupRequest request) {
        String jobId = request.label("backupJobId");
        Row job = request.region().jobs(RowKind.BACKUP_JOB).find(jobId).orElseThrow(() ->
                BackupError.notFound("Backup job " + jobId + " does not exist in " + request.regionName()));
        String state = job.tree().path("State").asText();
        if (!JobStates.STOPPABLE.contains(state)) {
            throw BackupError.invalidRequest("Backup job " + jobId + " is " + state + " and can no longer be stopped");
        }
        ObjectNode stopRequest = WireJson.MAPPER.createObjectNode().put("BackupJobId", jobId);
        calls.add(new RecordedCall("StopBackupJob", stopRequest.toString()));
        change(request.region(), job, "ABORTED", "Backup job was stopped by user.");
        return Reply.empty();
    }

    /** Moves a job of any kind in any region to {@code state}; a completed backup job gets its recovery point. */
    synchronized void setJobState(String jobId, String state, String statusMessage) {
        for (String regionName : inventory.regions()) {
            RegionInventory region = inventory.region(regionName);
            for (RowKind kind : List.of(RowKind.BACKUP_JOB, RowKind.COPY_JOB, RowKind.RESTORE_JOB)) {
                Optional<Row> job = region.jobs(kind).find(jobId);
                if (job.isPresent()) {
                    if (!JobStates.of(kind).contains(state)) {
                        throw new IllegalArgumentException(kind + " " + jobId + " cannot be " + state + "; valid states: "
                                + JobStates.of(kind));
                    }
                    change(region, job.get(), state, statusMessage);
                    return;
                }
            }
        }
        throw new IllegalArgumentException("No backup, copy or restore job " + jobId + " in the stand-in");
    }

    private void change(RegionInventory region, Row job, String state, String statusMessage) {
        ObjectNode tree = job.tree();
        Instant now = clock.instant();
        tree.put(job.kind() == RowKind.RESTORE_JOB ? "Status" : "State", state);
        if (statusMessage == null) {
            tree.remove("StatusMessage");
        } else {
            tree.put("StatusMessage", statusMessage);
        }
        if (JobStates.TERMINAL.contains(state)) {
            tree.set("CompletionDate", WireJson.timestamp(now));
        }
        if (state.equals("COMPLETED")) {
            tree.put("PercentDone", job.kind() == RowKind.RESTORE_JOB ? "100.00%" : "100.0");
            if (job.kind() != RowKind.RESTORE_JOB && statusMessage == null) {
                tree.put("MessageCategory", "SUCCESS");
            }
        }
        Row changed = region.row(job.kind(), tree);
        region.jobs(job.kind()).put(changed);
        if (job.kind() == RowKind.BACKUP_JOB && state.equals("COMPLETED")) {
            region.recoveryPoints().put(region.row(RowKind.RECOVERY_POINT, RecoveryPointOf.completedJob(tree, region)));
        }
    }

    private static Reply restoreResponse(String jobId) {
        return Reply.json(WireJson.MAPPER.createObjectNode().put("RestoreJobId", jobId));
    }

    private static String required(JsonNode body, String member) {
        JsonNode value = body.get(member);
        if (value == null || value.isNull() || value.asText().isEmpty()) {
            throw BackupError.missing(member);
        }
        return value.asText();
    }

    private static String role(String arn) {
        if (!ROLE_ARN.matcher(arn).matches()) {
            throw BackupError.invalidValue("Invalid IAM role ARN: " + arn);
        }
        return arn;
    }
}
