package com.backupsentinel.local;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the cold-start benchmark runs for one function: the event (one real invocation), the single boto3 call a
 * Python function doing the same job would make (its peer), and the tables to empty before each run so that every
 * run does the first run's work: the notifier's dedup table (a second alert for the same job would be a duplicate)
 * and its audit table (a second audit record of the same event is refused by a conditional put, whose failure path
 * is not the cold path being measured).
 *
 * @param peerParams the call's parameters as JSON; {@code ${VARIABLE}} is replaced by the function's environment
 */
record ColdStartCase(String functionId, String event, String peerService, String peerOperation, String peerParams,
                     List<String> tablesToEmpty) {

    static final List<ColdStartCase> DEFAULTS = List.of(
            new ColdStartCase("JobStateNotifierFunction", "events/job-state-notifier/backup-job-failed.json", "sns",
                    "publish", "{\"TopicArn\": \"${NOTIFICATION_TOPIC_ARN}\", \"Subject\": \"[ERROR] Backup job FAILED\","
                    + " \"Message\": \"one alert\"}", List.of("DEDUP_TABLE_NAME", "AUDIT_TABLE_NAME")),
            new ColdStartCase("BackupValidatorFunction", "events/backup-validator/scheduled-event.json", "backup",
                    "list_backup_jobs", "{}", List.of()),
            new ColdStartCase("UsageLogIngestorFunction", "events/usage-log-ingestor/report.json", "s3",
                    "list_objects_v2", "{\"Bucket\": \"${REPORT_BUCKET}\"}", List.of()),
            new ColdStartCase("OnDemandBackupFunction", "events/on-demand-backup/get-backup-status.json", "dynamodb",
                    "describe_table", "{\"TableName\": \"${REQUESTS_TABLE_NAME}\"}", List.of()),
            new ColdStartCase("AuditExportFunction", "events/audit-exporter/export.json", "dynamodb",
                    "describe_table", "{\"TableName\": \"${AUDIT_TABLE_NAME}\"}", List.of()));

    static Optional<ColdStartCase> forFunction(String functionId) {
        return DEFAULTS.stream().filter(c -> c.functionId().equals(functionId)).findFirst();
    }

    /** The peer's parameters with the function's variables filled in. */
    String peerParams(Map<String, String> environment) {
        String params = peerParams;
        for (Map.Entry<String, String> variable : environment.entrySet()) {
            params = params.replace("${" + variable.getKey() + "}", variable.getValue());
        }
        return params;
    }
}
