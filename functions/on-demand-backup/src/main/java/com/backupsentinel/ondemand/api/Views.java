package com.backupsentinel.ondemand.api;

import com.backupsentinel.ondemand.service.Caller;
import com.backupsentinel.ondemand.service.ConfigBackupLocation;
import com.backupsentinel.ondemand.service.FailedJob;
import com.backupsentinel.ondemand.service.JobProgress;
import com.backupsentinel.ondemand.service.RequestKind;
import com.backupsentinel.ondemand.service.RequestRecord;
import com.backupsentinel.ondemand.service.RequestView;
import com.backupsentinel.ondemand.service.ServiceSettings;
import com.backupsentinel.ondemand.service.SkippedResource;
import com.backupsentinel.ondemand.service.StartedJob;
import com.backupsentinel.shared.json.JsonTrees;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The JSON bodies of the API's answers. */
final class Views {

    private final ServiceSettings settings;

    Views(ServiceSettings settings) {
        this.settings = settings;
    }

    /** The 202 answer: the seed's {@code code} and {@code message}, then the request. */
    ObjectNode accepted(RequestView view) {
        ObjectNode body = JsonTrees.object();
        body.put("code", 202);
        body.put("message", "Request Accepted with timestamp " + view.record().timestamp());
        request(body, view);
        return body;
    }

    /** The 502 answer when AWS refused every job of a request. */
    ObjectNode nothingStarted(RequestView view) {
        FailedJob first = view.record().failures().get(0);
        ObjectNode body = JsonTrees.object();
        body.put("code", 502);
        body.put("error", "BadGateway");
        body.put("message", "AWS refused every job of request " + view.record().timestamp() + ": "
                + first.message());
        request(body, view);
        return body;
    }

    /** A request's status, as {@code GET /backups/...} and {@code GET /restores/...} answer it. */
    ObjectNode status(RequestView view) {
        ObjectNode body = JsonTrees.object();
        request(body, view);
        return body;
    }

    ObjectNode audit(List<RequestRecord> records) {
        ObjectNode body = JsonTrees.object();
        body.put("count", records.size());
        ArrayNode requests = body.putArray("requests");
        for (RequestRecord record : records) {
            ObjectNode item = requests.addObject();
            item.put("kind", record.kind().wireName());
            item.put("timestamp", record.timestamp());
            item.put("requestedAt", record.requestedAt().toString());
            caller(item.putObject("requestedBy"), record.caller());
            if (record.kind() == RequestKind.BACKUP) {
                item.put("onlyConfig", record.onlyConfig());
            }
            source(item, record);
            item.put("jobs", record.jobs().size());
            item.put("failures", record.failures().size());
        }
        return body;
    }

    private void request(ObjectNode body, RequestView view) {
        RequestRecord record = view.record();
        body.put("timestamp", record.timestamp());
        body.put("kind", record.kind().wireName());
        body.put("status", view.status().wireName());
        body.put("requestedAt", record.requestedAt().toString());
        caller(body.putObject("requestedBy"), record.caller());
        if (record.kind() == RequestKind.BACKUP) {
            body.put("onlyConfig", record.onlyConfig());
            body.put("vault", settings.vaultName());
            body.put("backupurl", record.configBackup().map(this::objectUrl).orElse(settings.vaultConsoleUrl()));
            record.configBackup().ifPresent(location -> configBackup(body.putObject("configBackup"), location));
        } else {
            source(body, record);
            body.put("vault", settings.vaultName());
            body.put("backupurl", settings.vaultConsoleUrl());
        }
        ArrayNode jobs = body.putArray("jobs");
        record.jobs().forEach(job -> job(jobs.addObject(), record.kind(), job, view.progressOf(job)));
        ArrayNode failures = body.putArray("failures");
        record.failures().forEach(failure -> failure(failures.addObject(), failure));
        if (record.kind() == RequestKind.RESTORE) {
            ArrayNode skipped = body.putArray("skipped");
            record.skipped().forEach(resource -> skipped(skipped.addObject(), resource));
        }
    }

    private static void job(ObjectNode node, RequestKind kind, StartedJob job, Optional<JobProgress> progress) {
        node.put(kind == RequestKind.BACKUP ? "backupJobId" : "restoreJobId", job.jobId());
        node.put("resourceArn", job.resourceArn());
        node.put("resourceType", job.resourceType());
        String recoveryPoint = progress.map(JobProgress::recoveryPointArn).filter(arn -> !arn.isEmpty())
                .orElse(job.recoveryPointArn());
        node.put("recoveryPointArn", recoveryPoint);
        if (!job.overrides().isEmpty()) {
            ObjectNode overrides = node.putObject("overrides");
            job.overrides().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> overrides.put(e.getKey(), e.getValue()));
        }
        if (progress.isPresent()) {
            JobProgress current = progress.get();
            node.put("state", current.state());
            node.put("percentDone", current.percentDone());
            node.put("statusMessage", current.statusMessage());
            if (!current.createdResourceArn().isEmpty()) {
                node.put("createdResourceArn", current.createdResourceArn());
            }
        }
    }

    private static void failure(ObjectNode node, FailedJob failure) {
        node.put("resourceArn", failure.resourceArn());
        node.put("resourceType", failure.resourceType());
        if (!failure.recoveryPointArn().isEmpty()) {
            node.put("recoveryPointArn", failure.recoveryPointArn());
        }
        node.put("error", failure.errorCode());
        node.put("message", failure.message());
    }

    private static void skipped(ObjectNode node, SkippedResource resource) {
        node.put("resourceArn", resource.resourceArn());
        node.put("resourceType", resource.resourceType());
        node.put("recoveryPointArn", resource.recoveryPointArn());
        node.put("reason", resource.reason());
    }

    private static void source(ObjectNode body, RequestRecord record) {
        if (record.kind() != RequestKind.RESTORE) {
            return;
        }
        ObjectNode source = body.putObject("source");
        record.sourceBackupTimestamp().ifPresent(timestamp -> source.put("backupTimestamp", timestamp));
        record.sourceRecoveryPointArn().ifPresent(arn -> source.put("recoveryPointArn", arn));
    }

    private static void caller(ObjectNode node, Caller caller) {
        node.put("userArn", caller.userArn());
        node.put("accountId", caller.accountId());
        if (!caller.callerId().isEmpty()) {
            node.put("callerId", caller.callerId());
        }
        if (!caller.sourceIp().isEmpty()) {
            node.put("sourceIp", caller.sourceIp());
        }
    }

    private void configBackup(ObjectNode node, ConfigBackupLocation location) {
        node.put("bucket", location.bucket());
        node.put("key", location.key());
        ArrayNode sections = node.putArray("sections");
        location.sections().forEach(sections::add);
    }

    /** The S3 console page of a configuration backup document. */
    private String objectUrl(ConfigBackupLocation location) {
        return "https://s3.console.aws.amazon.com/s3/object/" + location.bucket() + "?region=" + settings.region()
                + "&prefix=" + URLEncoder.encode(location.key(), StandardCharsets.UTF_8).replace("%2F", "/");
    }
}
