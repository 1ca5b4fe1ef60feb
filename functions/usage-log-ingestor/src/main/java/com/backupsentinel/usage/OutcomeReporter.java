package com.backupsentinel.usage;

import static com.backupsentinel.shared.logging.StructuredArguments.entry;

import com.backupsentinel.shared.metrics.MetricsRecorder;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns outcomes into structured log lines and EMF metrics, on the invoking thread (Powertools' log context and
 * metric batch are per thread). Object keys, reasons and counts are logged; object contents never are.
 */
final class OutcomeReporter {

    private static final Logger LOG = LoggerFactory.getLogger(OutcomeReporter.class);

    private final MetricsRecorder metrics;

    OutcomeReporter(MetricsRecorder metrics) {
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    /**
     * Counts every outcome and logs quarantines (WARN); with {@code logEach} (SQS batches) every other outcome gets
     * its own line too, otherwise (backfills) only the summary does.
     */
    void outcomes(List<ObjectOutcome> outcomes, boolean logEach) {
        Map<ObjectOutcome.Result, Integer> counts = new EnumMap<>(ObjectOutcome.Result.class);
        for (ObjectOutcome outcome : outcomes) {
            counts.merge(outcome.result(), 1, Integer::sum);
            if (outcome.result() == ObjectOutcome.Result.QUARANTINED) {
                String reason = outcome.reason().map(Enum::name).orElse("UNKNOWN");
                LOG.warn("usage log quarantined", entry("key", outcome.key()), entry("reason", reason),
                        entry("detail", outcome.detail()), entry("quarantineKey", ObjectKeys.quarantineKey(outcome.key())));
                metrics.count(UsageMetrics.QUARANTINED, 1, Map.of(UsageMetrics.REASON, reason));
            } else if (logEach) {
                LOG.info("object processed", entry("key", outcome.key()), entry("result", outcome.result().name()),
                        entry("detail", outcome.detail()));
            }
        }
        count(UsageMetrics.INGESTED, counts.getOrDefault(ObjectOutcome.Result.INGESTED, 0));
        count(UsageMetrics.QUARANTINED, counts.getOrDefault(ObjectOutcome.Result.QUARANTINED, 0));
        count(UsageMetrics.DUPLICATES, counts.getOrDefault(ObjectOutcome.Result.DUPLICATE, 0));
        count(UsageMetrics.CONFIG_VERSIONS, counts.getOrDefault(ObjectOutcome.Result.CONFIG_RECORDED, 0));
        count(UsageMetrics.IGNORED, counts.getOrDefault(ObjectOutcome.Result.IGNORED, 0));
    }

    /** Logs each failure (invalid events at WARN, the rest at ERROR) and counts them. */
    void failures(List<ObjectFailure> failures) {
        for (ObjectFailure failure : failures) {
            String key = failure.key().orElse("");
            if (failure.kind() == ObjectFailure.Kind.INVALID_EVENT) {
                LOG.warn("message rejected: not an Object Created event for the bucket; it will reach the DLQ",
                        entry("messageId", failure.id()), entry("problem", failure.message()));
            } else {
                LOG.error("object not processed; it will be retried", entry("id", failure.id()), entry("key", key),
                        entry("kind", failure.kind().name()), entry("problem", failure.message()));
            }
        }
        count(UsageMetrics.FAILED, failures.size());
    }

    void report(ReportResult result) {
        LOG.info("usage report written", entry("location", result.location()), entry("rows", result.rowCount()),
                entry("rowsWithoutConfigBackup", result.withoutConfigBackup().size()));
        count(UsageMetrics.REPORT_ROWS, result.rowCount());
        count(UsageMetrics.ROWS_WITHOUT_CONFIG_BACKUP, result.withoutConfigBackup().size());
    }

    void backfill(BackfillResult result) {
        LOG.info("backfill finished", entry("complete", result.complete()), entry("listed", result.listed()),
                entry("ingested", result.count(ObjectOutcome.Result.INGESTED)),
                entry("quarantined", result.count(ObjectOutcome.Result.QUARANTINED)),
                entry("duplicates", result.count(ObjectOutcome.Result.DUPLICATE)),
                entry("configVersions", result.count(ObjectOutcome.Result.CONFIG_RECORDED)),
                entry("ignored", result.count(ObjectOutcome.Result.IGNORED)),
                entry("failed", result.failures().size()), entry("stoppedBecause", result.stoppedBecause()));
    }

    private void count(String name, int value) {
        metrics.count(name, value, Map.of());
    }
}
