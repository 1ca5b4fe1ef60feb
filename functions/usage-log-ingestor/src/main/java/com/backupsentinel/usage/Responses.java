package com.backupsentinel.usage;

import com.backupsentinel.usage.ObjectOutcome.Result;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The handler's JSON answers, built as plain maps so the Lambda runtime serializes exactly these fields. */
final class Responses {

    /** Rows without a config backup listed in a report response; the count covers them all. */
    static final int MAX_LISTED_ROWS = 100;

    private Responses() {
    }

    /** The {@code SQSBatchResponse} shape that {@code ReportBatchItemFailures} reads. */
    static Map<String, Object> batch(BatchResult result) {
        List<Map<String, Object>> failures = new ArrayList<>();
        result.failures().forEach(failure -> failures.add(Map.of("itemIdentifier", failure.id())));
        return Map.of("batchItemFailures", failures);
    }

    static Map<String, Object> backfill(BackfillResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("complete", result.complete());
        result.continuationToken().ifPresent(token -> out.put("continuationToken", token));
        out.put("stoppedBecause", result.stoppedBecause());
        out.put("listed", result.listed());
        out.put("ingested", result.count(Result.INGESTED));
        out.put("quarantined", result.count(Result.QUARANTINED));
        out.put("duplicates", result.count(Result.DUPLICATE));
        out.put("configVersions", result.count(Result.CONFIG_RECORDED));
        out.put("ignored", result.count(Result.IGNORED));
        List<Map<String, Object>> failures = new ArrayList<>();
        for (ObjectFailure failure : result.failures()) {
            failures.add(Map.of("key", failure.id(), "kind", failure.kind().name(), "message", failure.message()));
        }
        out.put("failures", failures);
        return out;
    }

    static Map<String, Object> report(ReportResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("bucket", result.bucket());
        out.put("key", result.key());
        out.put("location", result.location());
        out.put("rowCount", result.rowCount());
        out.put("sizeBytes", result.sizeBytes());
        out.put("generatedAt", result.generatedAt().toString());
        result.csv().ifPresent(csv -> out.put("csv", csv));
        List<Map<String, Object>> flagged = new ArrayList<>();
        for (LatestDeployment row : result.withoutConfigBackup().subList(0,
                Math.min(MAX_LISTED_ROWS, result.withoutConfigBackup().size()))) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("date", row.row().date().toString());
            item.put("customer", row.row().customer());
            item.put("user", row.row().user());
            item.put("configHash", row.configHash());
            item.put("sourceKey", row.sourceKey());
            flagged.add(item);
        }
        out.put("rowsWithoutConfigBackupCount", result.withoutConfigBackup().size());
        out.put("rowsWithoutConfigBackup", flagged);
        return out;
    }

    static Map<String, Object> history(ConfigHistoryResult result) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("customer", result.request().customer());
        result.request().date().ifPresent(date -> out.put("date", date.toString()));
        result.request().configHash().ifPresent(hash -> {
            out.put("configHash", hash);
            out.put("configVersion", result.version().map(Responses::version).orElse(null));
        });
        List<Map<String, Object>> deployments = new ArrayList<>();
        for (ConfigHistoryResult.Entry entry : result.deployments()) {
            DeploymentRecord d = entry.deployment();
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("deployedAt", d.deployedAt().toString());
            item.put("user", d.user());
            item.put("userArn", d.userArn());
            item.put("configHash", d.configHash());
            item.put("configBackupFound", entry.config().isPresent());
            entry.config().ifPresent(config -> item.put("configFirstSeenAt", config.firstSeenAt().toString()));
            item.put("additionalUsersCount", d.additionalUsersCount());
            item.put("projectName", d.projectName());
            item.put("clusterName", d.clusterName());
            item.put("sourceKey", d.sourceKey());
            deployments.add(item);
        }
        out.put("deployments", deployments);
        return out;
    }

    private static Map<String, Object> version(ConfigVersion version) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("md5", version.md5());
        out.put("firstSeenAt", version.firstSeenAt().toString());
        out.put("sourceKey", version.sourceKey());
        version.versionId().ifPresent(id -> out.put("versionId", id));
        out.put("size", version.size());
        return out;
    }
}
