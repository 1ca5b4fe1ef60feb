package com.backupsentinel.validator;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.json.Json;
import com.backupsentinel.validator.controls.ControlId;
import com.backupsentinel.validator.report.Highlights;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;

/**
 * Every format one validation run was rendered in, as written, published and answered: the JSON report, both CSVs,
 * the HTML page, the digest (subject, text and JSON body) and the invoke response. {@link #assertSameFigures()} reads
 * the numbers back out of each and checks they are the JSON report's, control by control: status, non-compliant and
 * evaluated resources, findings, every figure (failed, expired, aborted and partial apart), the job outcome tables,
 * the headline and the "what to fix today" list.
 */
record RenderedFormats(String jsonReport, String controlCsv, String resourceCsv, String html, String digestSubject,
                       String digestText, String digestJson, Map<String, Object> response) {

    private static final Pattern TABLE_LINE = Pattern.compile("^(.{28}) (\\S+) +(\\d+)/(\\d+) +(\\d+)  (.*)$");
    private static final Pattern HTML_CONTROL = Pattern.compile("<tr><td>[^<]*<br><span class=\"small\">([a-z0-9_]+)"
            + "</span></td><td><span class=\"pill s-([A-Z_]+)\">.*?</td><td class=\"num\">(\\d+)</td><td class=\"num\">"
            + "(\\d+)</td><td class=\"num\">(\\d+)</td><td>(.*?)</td></tr>");
    private static final Pattern HTML_JOB_TABLE = Pattern.compile("<h2>Job outcomes in ([a-z0-9-]+) \\(last \\d+ h\\)"
            + "</h2><table>.*?<tbody>(.*?)</tbody></table><p class=\"small\">States: (.*?)</p>");
    private static final Pattern HTML_ROW = Pattern.compile("<tr>((?:<td[^>]*>[^<]*</td>)+)</tr>");
    private static final Pattern HTML_CELL = Pattern.compile("<td[^>]*>([^<]*)</td>");
    private static final Pattern HTML_STATES = Pattern.compile("<strong>([a-z]+)</strong> ([^&]*)");
    private static final Pattern HTML_FIX = Pattern.compile("<td class=\"rank\">\\d+</td><td class=\"who\">.*?"
            + "<div><strong>(.*?)</strong>");
    private static final Pattern FIX_LINE = Pattern.compile("^\\d+\\. (?:ERROR|WARNING|INFO) \\S* (.+?) \\([^)]*\\): ");
    private static final List<String> OUTCOME_COLUMNS = List.of("Jobs", "Completed", "CompletedWithIssues", "Failed",
            "Expired", "Aborted", "Partial", "Active", "SuccessRatePercent");

    /** Asserts every format states the JSON report's numbers; collects every disagreement before failing. */
    void assertSameFigures() {
        JsonNode report = read(jsonReport);
        JsonNode digest = read(digestJson);
        JsonNode answer = Json.mapper().valueToTree(response);
        SoftAssertions soft = new SoftAssertions();
        Map<String, JsonNode> summaries = new LinkedHashMap<>();
        report.path("summary").path("controls").forEach(c -> summaries.put(c.path("control").asText(), c));
        assertThat(summaries).as("controls in the JSON report").isNotEmpty();

        totals(report, digest, answer, soft);
        controls(report, summaries, digest, answer, soft);
        jobOutcomeTables(report, soft);
        fixToday(report, digest, answer, soft);
        soft.assertAll();
    }

    /** The headline and the findings totals of the response, the digest (subject, text, JSON) and the HTML banner. */
    private void totals(JsonNode report, JsonNode digest, JsonNode answer, SoftAssertions soft) {
        String headline = answer.path("headline").asText();
        soft.assertThat(digest.path("headline").asText()).as("digest JSON headline").isEqualTo(headline);
        soft.assertThat(digestText).as("digest text result line")
                .contains("Result: " + report.path("summary").path("status").asText() + " - " + headline + "\n");
        soft.assertThat(html).as("HTML banner").contains("\">" + escape(headline) + "</div>");
        for (String total : List.of("findings", "errorFindings")) {
            long expected = report.path("summary").path(total).asLong();
            soft.assertThat(answer.path(total).asLong()).as("response %s", total).isEqualTo(expected);
            soft.assertThat(digest.path(total).asLong()).as("digest JSON %s", total).isEqualTo(expected);
        }
        if (!"COMPLIANT".equals(report.path("summary").path("status").asText())) {
            soft.assertThat(digestSubject).as("digest subject").contains(report.path("summary").path("findings")
                    .asLong() + " findings");
        }
    }

    /** Each control's status, resources, findings and figures, in every format. */
    private void controls(JsonNode report, Map<String, JsonNode> summaries, JsonNode digest, JsonNode answer,
                          SoftAssertions soft) {
        Map<String, JsonNode> digestControls = byControl(digest.path("controls"));
        Map<String, JsonNode> answerControls = byControl(answer.path("controls"));
        Map<String, String[]> answerTable = table(lines(answer.path("summaryTable")));
        Map<String, String[]> digestTable = table(digestTableLines());
        Map<String, String[]> htmlTable = htmlControls();
        Map<String, long[]> csvCounts = new TreeMap<>();
        Map<String, long[]> resourceCounts = resourceCsvCounts();
        for (List<String> row : csv(controlCsv).subList(1, csv(controlCsv).size())) {
            String control = wireName(row.get(4));
            long[] sums = csvCounts.computeIfAbsent(control, c -> new long[3]);
            sums[0] += Long.parseLong(row.get(7));
            sums[1] += Long.parseLong(row.get(8));
            sums[2] += Long.parseLong(row.get(12));
            JsonNode regional = regional(report, row.get(1), control);
            soft.assertThat(normalised(read(row.get(14)))).as("control CSV figures of %s in %s", control, row.get(1))
                    .isEqualTo(normalised(regional.path("figures")));
            soft.assertThat(row.get(5)).as("control CSV status of %s in %s", control, row.get(1))
                    .isEqualTo(auditStatus(regional.path("status").asText()));
        }
        summaries.forEach((control, summary) -> {
            String status = summary.path("status").asText();
            long nonCompliant = summary.path("nonCompliantResources").asLong();
            long evaluated = nonCompliant + summary.path("compliantResources").asLong();
            long findings = summary.path("findings").asLong();
            Map<String, String> figures = normalised(summary.path("figures"));
            String keyFigures = String.join(", ", Highlights.of(ControlId.fromWireName(control).orElseThrow(),
                    numbers(summary.path("figures"))));

            JsonNode inDigest = digestControls.get(control);
            soft.assertThat(inDigest).as("digest JSON has %s", control).isNotNull();
            if (inDigest != null) {
                soft.assertThat(inDigest.path("status").asText()).as("digest JSON status of %s", control)
                        .isEqualTo(status);
                soft.assertThat(inDigest.path("nonCompliantResources").asLong()).as("digest JSON non-compliant %s",
                        control).isEqualTo(nonCompliant);
                soft.assertThat(inDigest.path("findings").asLong()).as("digest JSON findings of %s", control)
                        .isEqualTo(findings);
                soft.assertThat(normalised(inDigest.path("figures"))).as("digest JSON figures of %s", control)
                        .isEqualTo(figures);
            }
            JsonNode inAnswer = answerControls.get(control);
            soft.assertThat(inAnswer).as("response has %s", control).isNotNull();
            if (inAnswer != null) {
                soft.assertThat(inAnswer.path("status").asText()).as("response status of %s", control)
                        .isEqualTo(status);
                soft.assertThat(inAnswer.path("nonCompliantResources").asLong()).as("response non-compliant %s",
                        control).isEqualTo(nonCompliant);
                soft.assertThat(inAnswer.path("evaluatedResources").asLong()).as("response evaluated %s", control)
                        .isEqualTo(evaluated);
                soft.assertThat(inAnswer.path("findings").asLong()).as("response findings of %s", control)
                        .isEqualTo(findings);
                soft.assertThat(normalised(inAnswer.path("figures"))).as("response figures of %s", control)
                        .isEqualTo(figures);
            }
            String[] expectedRow = {status, String.valueOf(nonCompliant), String.valueOf(evaluated),
                String.valueOf(findings), keyFigures};
            soft.assertThat(answerTable.get(control)).as("response summary table line of %s", control)
                    .containsExactly(expectedRow);
            soft.assertThat(digestTable.get(control)).as("digest text table line of %s", control)
                    .containsExactly(expectedRow);
            soft.assertThat(htmlTable.get(control)).as("HTML controls table row of %s", control)
                    .containsExactly(expectedRow);
            soft.assertThat(csvCounts.get(control)).as("control CSV compliant, non-compliant, findings of %s",
                    control).containsExactly(evaluated - nonCompliant, nonCompliant, findings);
            soft.assertThat(resourceCounts.getOrDefault(control, new long[2])).as("resource CSV rows of %s"
                    + " (compliant, non-compliant)", control).containsExactly(evaluated - nonCompliant, nonCompliant);
        });
    }

    /** The HTML job outcome tables and state lines, region by region, state the job outcomes control's figures. */
    private void jobOutcomeTables(JsonNode report, SoftAssertions soft) {
        Matcher tables = HTML_JOB_TABLE.matcher(html);
        int found = 0;
        while (tables.find()) {
            found++;
            JsonNode figures = regional(report, tables.group(1), "job_outcomes").path("figures");
            Matcher rows = HTML_ROW.matcher(tables.group(2));
            while (rows.find()) {
                List<String> cells = cells(rows.group(1));
                String kind = cells.get(0);
                for (int i = 0; i < OUTCOME_COLUMNS.size(); i++) {
                    String name = kind + OUTCOME_COLUMNS.get(i);
                    String expected = figures.has(name) ? Highlights.value(name, figures.path(name).numberValue())
                            : "n/a";
                    soft.assertThat(cells.get(i + 1).replace("%", "")).as("HTML job table %s in %s", name,
                            tables.group(1)).isEqualTo(expected.replace("%", ""));
                }
            }
            Matcher states = HTML_STATES.matcher(tables.group(3));
            while (states.find()) {
                Map<String, Long> byState = new TreeMap<>();
                if (!states.group(2).trim().equals("none")) {
                    for (String pair : states.group(2).trim().split(", ")) {
                        String[] parts = pair.split(" ");
                        byState.put(parts[0], Long.parseLong(parts[1]));
                    }
                }
                String kind = states.group(1);
                for (String state : List.of("FAILED", "EXPIRED", "ABORTED", "PARTIAL")) {
                    String name = kind + state.charAt(0) + state.substring(1).toLowerCase(java.util.Locale.ROOT);
                    long known = byState.getOrDefault(state, 0L);
                    if (state.equals("FAILED")) {
                        soft.assertThat(known).as("HTML states line %s in %s (at most: unknown states count as"
                                + " failed)", state, tables.group(1)).isLessThanOrEqualTo(figures.path(name).asLong());
                    } else {
                        soft.assertThat(known).as("HTML states line %s in %s", state, tables.group(1))
                                .isEqualTo(figures.path(name).asLong());
                    }
                }
            }
        }
        long regionsWithOutcomes = 0;
        for (JsonNode region : report.path("results")) {
            for (JsonNode control : region.path("controls")) {
                regionsWithOutcomes += control.path("control").asText().equals("job_outcomes")
                        && control.has("details") ? 1 : 0;
            }
        }
        soft.assertThat(found).as("HTML job outcome tables").isEqualTo(regionsWithOutcomes);
    }

    /** The response, digest text, digest JSON and HTML list the same "fix today" resources in the same order. */
    private void fixToday(JsonNode report, JsonNode digest, JsonNode answer, SoftAssertions soft) {
        List<String> expected = new ArrayList<>();
        report.path("summary").path("fixToday").forEach(f -> expected.add(f.path("finding").path("resourceName")
                .asText()));
        List<String> inDigestJson = new ArrayList<>();
        digest.path("fixToday").forEach(f -> inDigestJson.add(f.path("finding").path("resourceName").asText()));
        soft.assertThat(inDigestJson).as("digest JSON fix today").isEqualTo(expected);
        List<String> inAnswer = new ArrayList<>();
        for (String line : lines(answer.path("fixToday"))) {
            Matcher name = FIX_LINE.matcher(line);
            inAnswer.add(name.find() ? name.group(1) : "(unreadable) " + line);
        }
        soft.assertThat(inAnswer).as("response fix today").isEqualTo(expected);
        List<String> inText = new ArrayList<>();
        for (String line : digestText.split("\n")) {
            Matcher name = FIX_LINE.matcher(line);
            if (name.find()) {
                inText.add(name.group(1));
            }
        }
        soft.assertThat(inText).as("digest text fix today").isEqualTo(expected);
        List<String> inHtml = new ArrayList<>();
        Matcher rows = HTML_FIX.matcher(html);
        while (rows.find()) {
            inHtml.add(unescape(rows.group(1)));
        }
        soft.assertThat(inHtml).as("HTML fix today").isEqualTo(expected);
    }

    private List<String> digestTableLines() {
        List<String> table = new ArrayList<>();
        boolean in = false;
        for (String line : digestText.split("\n", -1)) {
            if (line.startsWith("Control ") && line.contains("Key figures")) {
                in = true;
            } else if (in && line.isEmpty()) {
                break;
            }
            if (in) {
                table.add(line);
            }
        }
        return table;
    }

    /** Control title to [status, non-compliant, evaluated, findings, key figures] from a text summary table. */
    private static Map<String, String[]> table(List<String> lines) {
        Map<String, String[]> rows = new LinkedHashMap<>();
        for (String line : lines) {
            Matcher row = TABLE_LINE.matcher(line);
            if (row.find()) {
                rows.put(byTitle(row.group(1).trim()), new String[] {row.group(2), row.group(3),
                    row.group(4), row.group(5), row.group(6)});
            }
        }
        return rows;
    }

    private Map<String, String[]> htmlControls() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        Matcher row = HTML_CONTROL.matcher(html);
        while (row.find()) {
            rows.put(row.group(1), new String[] {row.group(2), row.group(3), row.group(4), row.group(5),
                unescape(row.group(6)).replace(" \u00b7 ", ", ")});
        }
        return rows;
    }

    private Map<String, long[]> resourceCsvCounts() {
        Map<String, long[]> counts = new TreeMap<>();
        List<List<String>> rows = csv(resourceCsv);
        for (List<String> row : rows.subList(1, rows.size())) {
            counts.computeIfAbsent(wireName(row.get(4)), c -> new long[2])[row.get(8).equals("COMPLIANT") ? 0 : 1]++;
        }
        return counts;
    }

    private static String byTitle(String title) {
        for (ControlId id : ControlId.values()) {
            if (id.title().equals(title)) {
                return id.wireName();
            }
        }
        return title;
    }

    private static String wireName(String csvControlName) {
        return csvControlName.substring("BACKUP_SENTINEL_".length()).toLowerCase(java.util.Locale.ROOT);
    }

    private static String auditStatus(String status) {
        return status.equals("COMPLIANT") || status.equals("NON_COMPLIANT") ? status : "INSUFFICIENT_DATA";
    }

    private static JsonNode regional(JsonNode report, String region, String control) {
        for (JsonNode result : report.path("results")) {
            if (result.path("region").asText().equals(region)) {
                for (JsonNode item : result.path("controls")) {
                    if (item.path("control").asText().equals(control)) {
                        return item;
                    }
                }
            }
        }
        throw new AssertionError("the JSON report has no " + control + " in " + region);
    }

    private static Map<String, JsonNode> byControl(JsonNode controls) {
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        controls.forEach(c -> byName.put(c.path("control").asText(), c));
        return byName;
    }

    /** Figures as exact decimal text, so 5, 5L and 5.0 compare equal and 87.18 stays 87.18. */
    private static Map<String, String> normalised(JsonNode figures) {
        Map<String, String> values = new LinkedHashMap<>();
        figures.fields().forEachRemaining(f -> values.put(f.getKey(),
                f.getValue().decimalValue().stripTrailingZeros().toPlainString()));
        return values;
    }

    private static Map<String, Number> numbers(JsonNode figures) {
        Map<String, Number> values = new LinkedHashMap<>();
        figures.fields().forEachRemaining(f -> values.put(f.getKey(), f.getValue().numberValue()));
        return values;
    }

    private static List<String> lines(JsonNode array) {
        List<String> lines = new ArrayList<>();
        array.forEach(line -> lines.add(line.asText()));
        return lines;
    }

    private static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        Matcher cell = HTML_CELL.matcher(row);
        while (cell.find()) {
            cells.add(unescape(cell.group(1)));
        }
        return cells;
    }

    /** RFC 4180 rows (quoted cells may hold commas, quotes and line breaks). */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static JsonNode read(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
