package com.backupsentinel.auditexport;

import com.amazonaws.services.lambda.runtime.Context;
import com.backupsentinel.audit.AuditExportService;
import com.backupsentinel.audit.AuditPurgeService;
import com.backupsentinel.audit.AuditReplayService;
import com.backupsentinel.audit.DynamoDbAuditStore;
import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.aws.DynamoDbClients;
import com.backupsentinel.shared.aws.InvocationBudget;
import com.backupsentinel.shared.aws.S3Clients;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.json.MapEventHandler;
import com.backupsentinel.shared.logging.InvocationLogging;
import com.backupsentinel.shared.metrics.EmfMetricsRecorder;
import com.backupsentinel.shared.metrics.MetricsRecorder;
import com.backupsentinel.shared.priming.HotPathPriming;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * AuditExportFunction: on the export schedule writes closed days of audit events to the bucket as JSON Lines;
 * on the purge schedule deletes exported events older than the retention; on demand replays audit events whose
 * write failed elsewhere (their logged {@code auditLine}).
 */
public final class AuditExportHandler implements MapEventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(AuditExportHandler.class);

    private final AuditExportService exports;
    private final AuditPurgeService purges;
    private final AuditReplayService replays;
    private final InvocationBudget budget;
    private final MetricsRecorder metrics;
    private final Runnable flushMetrics;

    /** The Lambda runtime's constructor: real wiring, built once. */
    public AuditExportHandler() {
        this(Wiring.fromEnvironment(Environment.system()));
        HotPathPriming.register(new AuditPriming(exports, purges));
    }

    private AuditExportHandler(Wiring wiring) {
        this(wiring.exports, wiring.purges, wiring.replays, wiring.budget, wiring.metrics, wiring.metrics::flush);
    }

    /** For tests: the services, the time budget their AWS clients read, and a metrics recorder. */
    public AuditExportHandler(AuditExportService exports, AuditPurgeService purges, AuditReplayService replays,
                              InvocationBudget budget, MetricsRecorder metrics, Runnable flushMetrics) {
        this.exports = Objects.requireNonNull(exports, "exports");
        this.purges = Objects.requireNonNull(purges, "purges");
        this.replays = Objects.requireNonNull(replays, "replays");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.flushMetrics = Objects.requireNonNull(flushMetrics, "flushMetrics");
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> payload, Context context) {
        return InvocationLogging.withLogging(context, () -> budget.during(context, () -> {
            try {
                AuditCommand command = AuditCommand.parse(payload);
                return switch (command.action()) {
                    case EXPORT -> export(command);
                    case PURGE -> purge();
                    case REPLAY -> replay(command);
                };
            } finally {
                flushMetrics.run();
            }
        }));
    }

    private Map<String, Object> replay(AuditCommand command) {
        int replayed = replays.replay(command.lines());
        metrics.count("AuditEventsReplayed", replayed, Map.of());
        LOG.info("Audit events replayed: events={}", replayed);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("action", "replay");
        response.put("replayed", replayed);
        return response;
    }

    private Map<String, Object> export(AuditCommand command) {
        AuditExportService.ExportRun run = exports.exportClosedDays(command.day());
        long events = run.written().stream().mapToLong(m -> m.count()).sum();
        metrics.count("AuditEventsExported", events, Map.of());
        LOG.info("Audit export finished: daysWritten={} eventsExported={} daysAlreadyExported={}",
                run.written().size(), events, run.alreadyExported().size());
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("action", "export");
        response.put("written", run.written().stream().map(m -> Map.of(
                "period", m.period().toString(), "objectKey", m.objectKey(), "count", m.count(),
                "sha256", m.sha256())).toList());
        response.put("alreadyExported", run.alreadyExported().stream().map(Object::toString).toList());
        return response;
    }

    private Map<String, Object> purge() {
        AuditPurgeService.PurgeRun run = purges.purge();
        long deleted = run.purged().stream().mapToLong(AuditPurgeService.PurgedDay::eventsDeleted).sum();
        metrics.count("AuditEventsPurged", deleted, Map.of());
        metrics.count("AuditDaysKeptUnexported", run.kept().size(), Map.of());
        run.kept().forEach(day -> LOG.warn("Audit day past retention kept: day={} recorded={} exported={} reason={}",
                day.day(), day.recorded(), day.exported(), day.reason()));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("action", "purge");
        response.put("oldestKept", run.oldestKept().toString());
        response.put("purged", run.purged().stream().map(d -> Map.of(
                "day", d.day().toString(), "eventsDeleted", d.eventsDeleted())).toList());
        response.put("kept", run.kept().stream().map(d -> Map.of("day", d.day().toString(),
                "recorded", d.recorded(), "exported", d.exported(), "reason", d.reason())).toList());
        return response;
    }

    /** The production object graph. */
    private record Wiring(AuditExportService exports, AuditPurgeService purges, AuditReplayService replays,
                          InvocationBudget budget, EmfMetricsRecorder metrics) {

        static Wiring fromEnvironment(Environment environment) {
            AuditExportConfig config = AuditExportConfig.from(environment);
            AwsClientFactory aws = AwsClientFactory.fromEnvironment(environment);
            DynamoDbAuditStore store = new DynamoDbAuditStore(DynamoDbClients.build(aws),
                    config.table());
            S3Client s3 = S3Clients.build(aws);
            Clock clock = Clock.systemUTC();
            String namespace = environment.get("POWERTOOLS_METRICS_NAMESPACE").orElse("BackupSentinel");
            return new Wiring(new AuditExportService(store, new S3ExportSink(s3, config.bucket()), config.namespace(),
                    clock), new AuditPurgeService(store, config.retentionDays(), clock), new AuditReplayService(store),
                    aws.budget(), new EmfMetricsRecorder(namespace));
        }
    }
}
