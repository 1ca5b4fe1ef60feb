package com.backupsentinel.validator.report;

import com.backupsentinel.shared.json.Json;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Writes a run's reports under {@code reports/validation/YYYY/MM/DD/} (UTC date of the run): the complete JSON,
 * the two Audit Manager shaped CSVs and the HTML page, and pre-signs a link to the HTML.
 */
public final class ReportWriter {

    public static final String PREFIX = "reports/validation/";
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("yyyy/MM/dd/", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final ReportStore store;
    private final int linkHours;

    public ReportWriter(ReportStore store, int linkHours) {
        this.store = store;
        this.linkHours = linkHours;
    }

    public ReportLinks write(ValidationReport report) {
        String base = PREFIX + FOLDER.format(report.generatedAt()) + report.runId();
        String json = base + ".json";
        String html = base + ".html";
        String controls = base + "-control-compliance.csv";
        String resources = base + "-resource-compliance.csv";
        store.put(json, "application/json", utf8(toJson(report)));
        store.put(controls, "text/csv; charset=utf-8", utf8(CsvReports.controlCompliance(report)));
        store.put(resources, "text/csv; charset=utf-8", utf8(CsvReports.resourceCompliance(report)));
        store.put(html, "text/html; charset=utf-8", utf8(HtmlReport.render(report)));
        String link = store.presignedGet(html, Duration.ofHours(linkHours));
        return new ReportLinks(store.bucket(), json, html, controls, resources, link, linkHours);
    }

    static String toJson(ValidationReport report) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not encode the validation report", e);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
