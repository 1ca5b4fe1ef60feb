package com.backupsentinel.validator;

import static com.backupsentinel.shared.logging.StructuredArguments.entry;

import com.backupsentinel.audit.AuditRecorder;
import com.backupsentinel.shared.logging.LogContext;
import com.backupsentinel.shared.notification.NotificationPublisher;
import com.backupsentinel.validator.controls.Control;
import com.backupsentinel.validator.controls.ControlContext;
import com.backupsentinel.validator.controls.ControlId;
import com.backupsentinel.validator.controls.ControlResult;
import com.backupsentinel.validator.controls.Controls;
import com.backupsentinel.validator.controls.Deadline;
import com.backupsentinel.validator.controls.EvaluationWindow;
import com.backupsentinel.validator.controls.RegionEvaluator;
import com.backupsentinel.validator.controls.RegionResult;
import com.backupsentinel.validator.inventory.InventoryException;
import com.backupsentinel.validator.inventory.JobQuery;
import com.backupsentinel.validator.inventory.RegionalInventory;
import com.backupsentinel.validator.report.Digest;
import com.backupsentinel.validator.report.ReportLinks;
import com.backupsentinel.validator.report.ReportWriter;
import com.backupsentinel.validator.report.ValidationReport;
import com.backupsentinel.validator.sources.S3SourcesControl;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one validation: evaluates the requested controls in every region concurrently, writes the reports,
 * publishes the digest (every run, green or not) and records metrics. Holds no SDK types.
 */
public final class ValidationService {

    static final int MAX_PARALLEL_REGIONS = 4;
    private static final Logger LOG = LoggerFactory.getLogger(ValidationService.class);

    private final BackupValidatorConfig config;
    private final RegionalInventory inventories;
    private final ReportWriter writer;
    private final NotificationPublisher publisher;
    private final ValidationMetrics metrics;
    private final AuditRecorder audit;
    private final Clock clock;

    public ValidationService(BackupValidatorConfig config, RegionalInventory inventories, ReportWriter writer,
                             NotificationPublisher publisher, ValidationMetrics metrics, AuditRecorder audit,
                             Clock clock) {
        this.config = Objects.requireNonNull(config, "config");
        this.inventories = Objects.requireNonNull(inventories, "inventories");
        this.writer = Objects.requireNonNull(writer, "writer");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Evaluates, reports and notifies; {@code deadline} is when reading must stop to leave time for writing. */
    public ValidationOutcome validate(ValidationRequest request, Invocation invocation, Deadline deadline) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        int lookback = request.lookbackHours().orElse(config.lookbackHours());
        EvaluationWindow window = EvaluationWindow.ending(now, Duration.ofHours(lookback), config.reportTimeZone());
        List<String> regions = request.regions().isEmpty() ? config.regions() : request.regions();
        List<Control> controls = controls(request);
        LOG.info("Validation started", entry("trigger", request.trigger()), entry("lookbackHours", lookback),
                entry("regions", regions), entry("accounts", request.accounts()),
                entry("controls", controls.stream().map(c -> c.id().wireName()).toList()));
        String alias = accountAlias();
        List<RegionResult> results = evaluate(regions, controls, window, accounts(request), deadline);
        ValidationReport report = ReportAssembler.assemble(config, request, invocation, alias, window, regions,
                controls.stream().map(Control::id).toList(), results);
        ReportLinks links;
        RuntimeException writeFailure = null;
        try {
            links = writer.write(report);
        } catch (RuntimeException e) {
            writeFailure = e;
            String reason = "reports could not be written: " + e.getClass().getSimpleName() + ": " + e.getMessage();
            links = new ReportLinks(config.reportBucket(), "", "", "", "", "(" + reason + ")", 0);
            LOG.error("Writing the reports failed", entry("bucket", config.reportBucket()), entry("reason", reason));
        }
        String messageId = publisher.publish(Digest.of(report, links));
        metrics.record(report);
        audit.record(ValidationAudit.of(request, invocation, report, now, clock.instant(), writeFailure == null));
        LOG.info("Validation finished", entry("status", report.summary().status()),
                entry("complete", report.complete()), entry("findings", report.summary().findings()),
                entry("report", links.json()), entry("digestMessageId", messageId));
        if (writeFailure != null) {
            throw new IllegalStateException("Validation ran and the digest was sent, but the reports could not be"
                    + " written to " + config.reportBucket() + ": " + writeFailure.getMessage(), writeFailure);
        }
        return new ValidationOutcome(report, links, messageId);
    }

    /**
     * The account's alias for the reports' titles; when IAM does not tell (no iam:ListAccountAliases, throttled), the
     * reports name the account by its id and the run carries on.
     */
    private String accountAlias() {
        try {
            return inventories.accountNames().alias().orElse("");
        } catch (InventoryException e) {
            LOG.warn("Account alias not readable: the reports name the account by its id",
                    entry("reason", e.getMessage()));
            return "";
        }
    }

    /** The requested controls in report order; the S3 sources control reads S3 through the primary region. */
    private List<Control> controls(ValidationRequest request) {
        List<Control> controls = new ArrayList<>(Controls.only(request.controls()));
        if (request.controls().contains(ControlId.S3_BACKUP_SOURCES)) {
            controls.add(new S3SourcesControl(config.backupSources(), inventories.objectStore(config.primaryRegion())));
        }
        return List.copyOf(controls);
    }

    private static List<Optional<String>> accounts(ValidationRequest request) {
        if (request.accounts().isEmpty()) {
            return List.of(Optional.empty());
        }
        if (request.accounts().contains(JobQuery.ALL_ACCOUNTS)) {
            return List.of(Optional.of(JobQuery.ALL_ACCOUNTS));
        }
        return request.accounts().stream().map(Optional::of).toList();
    }

    private List<RegionResult> evaluate(List<String> regions, List<Control> controls, EvaluationWindow window,
                                        List<Optional<String>> accounts, Deadline deadline) {
        ExecutorService pool = LogContext.propagating(
                Executors.newFixedThreadPool(Math.min(MAX_PARALLEL_REGIONS, regions.size())));
        try {
            List<Future<RegionResult>> futures = new ArrayList<>();
            for (String region : regions) {
                ControlContext context = new ControlContext(region, region.equals(config.primaryRegion()), window,
                        config.controls());
                List<Control> regional = context.primaryRegion() ? controls : controls.stream()
                        .filter(control -> control.id() != ControlId.S3_BACKUP_SOURCES).toList();
                futures.add(pool.submit(() -> evaluateRegion(region, context, regional, accounts, deadline)));
            }
            List<RegionResult> results = new ArrayList<>();
            for (int i = 0; i < regions.size(); i++) {
                results.add(await(futures.get(i), regions.get(i), controls));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private RegionResult evaluateRegion(String region, ControlContext context, List<Control> controls,
                                        List<Optional<String>> accounts, Deadline deadline) {
        RegionResult result = new RegionEvaluator(inventories.backup(region), inventories.catalog(region), context,
                accounts, deadline).evaluate(controls);
        LOG.info("Region evaluated", entry("region", region), entry("complete", result.complete()),
                entry("feeds", result.feeds()));
        return result;
    }

    private static RegionResult await(Future<RegionResult> future, String region, List<Control> controls) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            String reason = "region evaluation failed: " + e.getCause();
            LOG.error("Region evaluation failed", entry("region", region), entry("reason", String.valueOf(e.getCause())));
            List<ControlResult> errors = new ArrayList<>();
            for (Control control : controls) {
                errors.add(ControlResult.error(control.id(), region, reason));
            }
            return new RegionResult(region, errors, List.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while evaluating " + region, e);
        }
    }
}
