package com.backupsentinel.usage;

import com.backupsentinel.usage.ObjectOutcome.Result;
import java.util.Objects;

/** Sends an object to the step its key calls for. Thread-safe: batches and backfills call it concurrently. */
final class ObjectProcessor {

    private final UsageLogIngestion usageLogs;
    private final ConfigBackupRecorder configBackups;

    ObjectProcessor(UsageLogIngestion usageLogs, ConfigBackupRecorder configBackups) {
        this.usageLogs = Objects.requireNonNull(usageLogs, "usageLogs");
        this.configBackups = Objects.requireNonNull(configBackups, "configBackups");
    }

    ObjectOutcome process(IncomingObject object) {
        switch (ObjectKeys.classify(object.key())) {
            case USAGE_LOG:
                return usageLogs.ingest(object);
            case CONFIG_BACKUP:
                return configBackups.record(object);
            case FOLDER_MARKER:
                return ObjectOutcome.of(object.key(), Result.IGNORED, "a folder marker");
            case NOT_TRACKED:
            default:
                return ObjectOutcome.of(object.key(), Result.IGNORED,
                        "neither usage-logs/<customer>/<name>.json nor terragrunt/<customer>/config.yaml");
        }
    }
}
