package com.backupsentinel.usage;

import com.backupsentinel.audit.AuditRecorder;
import com.backupsentinel.shared.metrics.MetricsRecorder;
import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.function.LongSupplier;

/** The function's services behind one object: one method per kind of invocation. */
final class UsageLogIngestor {

    private final BatchIngestor batches;
    private final Backfill backfill;
    private final UsageReporter reporter;
    private final ConfigHistory history;
    private final OutcomeReporter outcomes;

    UsageLogIngestor(UsageLogIngestorConfig config, ObjectStore objects, UsageStore store, MetricsRecorder metrics,
                     AuditRecorder audit, ExecutorService executor, Clock clock) {
        Objects.requireNonNull(config, "config");
        UsageAudit usageAudit = new UsageAudit(audit);
        ObjectProcessor processor = new ObjectProcessor(
                new UsageLogIngestion(objects, store, clock, config.maxUsageLogBytes(), usageAudit),
                new ConfigBackupRecorder(objects, store, clock, usageAudit));
        this.batches = new BatchIngestor(processor, executor, config.reportBucket());
        this.backfill = new Backfill(objects, processor, executor, Backfill.PAGE_SIZE);
        this.reporter = new UsageReporter(store, objects, executor, clock);
        this.history = new ConfigHistory(store);
        this.outcomes = new OutcomeReporter(metrics);
    }

    BatchResult ingest(SqsBatch batch) {
        BatchResult result = batches.ingest(batch.messages());
        outcomes.outcomes(result.outcomes(), true);
        outcomes.failures(result.failures());
        return result;
    }

    BackfillResult backfill(BackfillRequest request, LongSupplier remainingMillis) {
        BackfillResult result = backfill.run(request.cursor(), remainingMillis);
        outcomes.outcomes(result.outcomes(), false);
        outcomes.failures(result.failures());
        outcomes.backfill(result);
        return result;
    }

    ReportResult report(ReportRequest request) {
        ReportResult result = reporter.report(request);
        outcomes.report(result);
        return result;
    }

    ConfigHistoryResult history(ConfigHistoryRequest request) {
        return history.answer(request);
    }
}
