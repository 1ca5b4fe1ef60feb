package com.backupsentinel.orgvalidation.aggregate;

import static com.backupsentinel.shared.logging.StructuredArguments.entry;

import com.backupsentinel.audit.AuditRecorder;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.metrics.MetricsRecorder;
import com.backupsentinel.shared.notification.NotificationPublisher;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a Map Run's ResultWriter output into the run's one org report and one digest: reads the manifest, streams every
 * result file through an {@link OrgTally} (one shard in memory at a time), writes the JSON, HTML and CSV reports under
 * the run's folder, and publishes the digest once. A retried aggregation (Lambda or the state machine retrying it)
 * writes the same reports again and finds the digest already sent (a marker beside the reports), so people get one.
 * The run is recorded as one audit event ({@code OrgValidation.Run}).
 */
public final class AggregationService {

    static final String DIGEST_MARKER = "digest.json";
    private static final Logger LOG = LoggerFactory.getLogger(AggregationService.class);

    private final MapRunResults results;
    private final OrgReportStore store;
    private final NotificationPublisher publisher;
    private final MetricsRecorder metrics;
    private final AuditRecorder audit;
    private final String environment;
    private final int linkHours;
    private final Clock clock;

    public AggregationService(MapRunResults results, OrgReportStore store, NotificationPublisher publisher,
                              MetricsRecorder metrics, AuditRecorder audit, String environment, int linkHours,
                              Clock clock) {
        this.results = Objects.requireNonNull(results, "results");
        this.store = Objects.requireNonNull(store, "store");
        this.publisher = Objects.requireNonNull(publisher, "publisher");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.environment = Objects.requireNonNull(environment, "environment");
        this.linkHours = linkHours;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public AggregationOutcome aggregate(AggregateRequest request) {
        MapRunManifest manifest = results.manifest(request.bucket(), request.manifestKey());
        OrgTally tally = new OrgTally();
        int files = 0;
        for (ResultFile file : manifest.allFiles()) {
            results.read(manifest.destinationBucket(), file, item -> tally.add(ShardResults.from(item)));
            files++;
        }
        OrgReport report = tally.report(request, environment, clock.instant());
        OrgLinks links = write(report, request);
        String messageId = publishOnce(report, links, request);
        metrics.count("OrgValidationRuns", 1, Map.of());
        metrics.count("OrgShardsInError", report.shards().error(), Map.of());
        metrics.count("OrgAccountsNonCompliant", report.accounts().nonCompliant(), Map.of());
        audit.record(OrgRunAudit.of(report, links, clock.instant()));
        LOG.info("Org validation aggregated", entry("runId", report.runId()), entry("status", report.status()),
                entry("shards", report.shards().total()), entry("resultFiles", files),
                entry("report", links.json()), entry("digestMessageId", messageId));
        return new AggregationOutcome(report, links, messageId);
    }

    private OrgLinks write(OrgReport report, AggregateRequest request) {
        String folder = request.run().folder();
        String json = folder + "org-report.json";
        String html = folder + "org-report.html";
        String accounts = folder + "org-accounts.csv";
        String shards = folder + "org-shards.csv";
        String findings = folder + "org-findings.csv";
        Duration validity = Duration.ofHours(linkHours);
        store.put(json, "application/json", utf8(toJson(report)));
        store.put(accounts, "text/csv; charset=utf-8", utf8(OrgCsv.accounts(report)));
        store.put(shards, "text/csv; charset=utf-8", utf8(OrgCsv.shards(report)));
        store.put(findings, "text/csv; charset=utf-8", utf8(OrgCsv.findings(report)));
        store.put(html, "text/html; charset=utf-8", utf8(OrgHtml.render(report,
                key -> store.presignedGet(key, validity))));
        return new OrgLinks(store.bucket(), json, html, accounts, shards, findings,
                store.presignedGet(html, validity), linkHours);
    }

    private String publishOnce(OrgReport report, OrgLinks links, AggregateRequest request) {
        String marker = request.run().folder() + DIGEST_MARKER;
        Optional<String> sent = store.readText(marker);
        if (sent.isPresent()) {
            String previous = previousMessageId(sent.get());
            LOG.info("Digest already sent for this run; not sending it again", entry("runId", report.runId()),
                    entry("digestMessageId", previous));
            return previous;
        }
        String messageId = publisher.publish(OrgDigest.of(report, links));
        store.put(marker, "application/json", utf8(Json.mapper().createObjectNode().put("runId", report.runId())
                .put("messageId", messageId).toString()));
        return messageId;
    }

    private static String previousMessageId(String marker) {
        try {
            return Json.mapper().readTree(marker).path("messageId").asText("");
        } catch (JsonProcessingException e) {
            return "";
        }
    }

    static String toJson(OrgReport report) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not encode the org report", e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
