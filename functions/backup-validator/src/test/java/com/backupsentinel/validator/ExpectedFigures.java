package com.backupsentinel.validator;

import com.backupsentinel.standins.StandInOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * demo-account/EXPECTED.md read back: per control, the figures a correct validator states ({@code Figures of
 * `control`: name=value, ...}) and its findings as "rule on resource" ({@code Findings of `control`: rule on a, b;
 * ...}, a grouped finding as "resource (count)"). The generator computes both from the demo's model, not from the
 * validator.
 */
final class ExpectedFigures {

    private static final Pattern FIGURES = Pattern.compile("^Figures of `([a-z0-9_]+)`: (.*)$");
    private static final Pattern FINDINGS = Pattern.compile("^Findings of `([a-z0-9_]+)`: (.*)$");

    final Map<String, Map<String, String>> figures = new LinkedHashMap<>();
    final Map<String, List<String>> findings = new LinkedHashMap<>();

    static ExpectedFigures read() {
        try {
            return parse(Files.readAllLines(StandInOptions.demo().inventory().orElseThrow().resolve("EXPECTED.md")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo-account/EXPECTED.md", e);
        }
    }

    static ExpectedFigures parse(List<String> lines) {
        ExpectedFigures expected = new ExpectedFigures();
        for (String line : lines) {
            Matcher figures = FIGURES.matcher(line);
            if (figures.matches()) {
                Map<String, String> values = new LinkedHashMap<>();
                for (String pair : figures.group(2).split(", ")) {
                    String[] parts = pair.split("=", 2);
                    values.put(parts[0], decimal(parts[1]));
                }
                expected.figures.put(figures.group(1), values);
            }
            Matcher findings = FINDINGS.matcher(line);
            if (findings.matches()) {
                List<String> items = new ArrayList<>();
                if (!findings.group(2).equals("none")) {
                    for (String rule : findings.group(2).split("; ")) {
                        String[] parts = rule.split(" on ", 2);
                        for (String resource : parts[1].split(", ")) {
                            items.add(parts[0] + " on " + resource);
                        }
                    }
                }
                expected.findings.put(findings.group(1), items.stream().sorted().toList());
            }
        }
        return expected;
    }

    /** A number as exact decimal text, so 5, 5L and 5.0 compare equal and 87.18 stays 87.18. */
    static String decimal(Object number) {
        return new BigDecimal(String.valueOf(number)).stripTrailingZeros().toPlainString();
    }
}
