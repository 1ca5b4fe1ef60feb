package com.backupsentinel.validator.report;

import java.util.Locale;

/** The summary as a fixed-width text table, for e-mail digests and terminals. */
public final class SummaryTable {

    private SummaryTable() {
    }

    public static String render(ReportSummary summary) {
        StringBuilder table = new StringBuilder();
        String format = "%-28s %-14s %13s %9s  %s%n";
        table.append(String.format(Locale.ROOT, format, "Control", "Status", "Non-compliant", "Findings",
                "Key figures"));
        for (ControlSummary control : summary.controls()) {
            table.append(String.format(Locale.ROOT, format, control.title(), control.status().name(),
                    control.nonCompliantResources() + "/" + (control.compliantResources()
                            + control.nonCompliantResources()), control.findings(),
                    String.join(", ", Highlights.of(control.control(), control.figures()))));
            if (!control.reason().isEmpty()) {
                table.append("    ").append(control.reason()).append(System.lineSeparator());
            }
        }
        return table.toString().replace(System.lineSeparator(), "\n");
    }
}
