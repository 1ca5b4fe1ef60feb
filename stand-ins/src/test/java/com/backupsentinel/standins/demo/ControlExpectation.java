package com.backupsentinel.standins.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a correct validator reports for one control on the demo account, computed from the model: its figures (the
 * same names and values as the validator's {@code figures}) and its findings as rule to resource names (a grouped
 * finding carries its count). EXPECTED.md prints both as one line each, which DemoAccountFiguresTest reads back:
 * <pre>
 * Figures of `stuck_jobs`: activeJobs=6, stuckJobs=3, slowerThanUsualJobs=2
 * Findings of `stuck_jobs`: job_stuck on arrakis-media-production, ...; job_slower_than_usual on ...
 * </pre>
 */
final class ControlExpectation {

    final String control;
    final Map<String, Object> figures = new LinkedHashMap<>();
    final Map<String, List<String>> findings = new TreeMap<>();

    ControlExpectation(String control) {
        this.control = control;
    }

    ControlExpectation figure(String name, Object value) {
        figures.put(name, value);
        return this;
    }

    /** One finding of {@code rule} on {@code resource}. */
    ControlExpectation finding(String rule, String resource) {
        findings.computeIfAbsent(rule, r -> new ArrayList<>()).add(resource);
        return this;
    }

    /** One finding of {@code rule} on {@code subject} grouping {@code count} occurrences. */
    ControlExpectation finding(String rule, String subject, long count) {
        return finding(rule, count == 1 ? subject : subject + " (" + count + ")");
    }

    void render(Markdown md) {
        List<String> values = new ArrayList<>();
        figures.forEach((name, value) -> values.add(name + "=" + value));
        md.line("Figures of `" + control + "`: " + String.join(", ", values));
        md.line("");
        List<String> rules = new ArrayList<>();
        findings.forEach((rule, resources) -> rules.add(rule + " on " + String.join(", ", resources.stream().sorted()
                .toList())));
        md.line("Findings of `" + control + "`: " + (rules.isEmpty() ? "none" : String.join("; ", rules)));
        md.line("");
    }
}
