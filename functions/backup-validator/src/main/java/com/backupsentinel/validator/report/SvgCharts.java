package com.backupsentinel.validator.report;

import com.backupsentinel.shared.text.UntrustedText;
import com.backupsentinel.validator.controls.OutcomeCounts;
import com.backupsentinel.validator.controls.RpoAge;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Inline SVG charts for the HTML report: no scripts, no external assets, every label escaped. */
final class SvgCharts {

    static final String GREEN = "#2e7d32";
    static final String AMBER = "#ef6c00";
    static final String RED = "#c62828";
    static final String GREY = "#9e9e9e";
    static final String[] KIND_COLOURS = {"#c62828", "#6a1b9a", "#1565c0"};
    static final int MAX_RPO_BARS = 15;
    static final int MAX_DAY_LABELS = 16;
    static final int MIN_LABELLED_SLOT = 22;

    private SvgCharts() {
    }

    /** Vertical bars: the share of finished backup jobs that completed, per day; grey where nothing finished. */
    static String dailySuccess(List<OutcomeCounts> days) {
        int width = 720;
        int height = 240;
        int left = 40;
        int bottom = 40;
        int top = 20;
        int plot = height - bottom - top;
        int slot = days.isEmpty() ? 1 : (width - left - 10) / days.size();
        int labelEvery = Math.max(1, (int) Math.ceil(days.size() / (double) MAX_DAY_LABELS));
        StringBuilder svg = open(width, height, "Daily backup job success rate");
        for (int pct = 0; pct <= 100; pct += 25) {
            int y = top + plot - plot * pct / 100;
            svg.append(line(left, y, width - 10, y, "#e0e0e0", false))
                    .append(text(left - 6, y + 4, pct + "%", "end", 11, "#616161"));
        }
        for (int i = 0; i < days.size(); i++) {
            OutcomeCounts day = days.get(i);
            int x = left + i * slot + slot / 6;
            int barWidth = Math.max(4, slot * 2 / 3);
            Double rate = day.successRatePercent();
            if (rate == null) {
                svg.append(rect(x, top + plot - 3, barWidth, 3, GREY, "no finished jobs on " + day.key()));
            } else {
                int barHeight = (int) Math.round(plot * rate / 100);
                String colour = rate >= 95 ? GREEN : rate >= 80 ? AMBER : RED;
                svg.append(rect(x, top + plot - barHeight, barWidth, Math.max(barHeight, 1), colour,
                        day.key() + ": " + day.completed() + " of " + day.finished() + " completed"));
                if (slot >= MIN_LABELLED_SLOT) {
                    svg.append(text(x + barWidth / 2, top + plot - barHeight - 4, String.format(Locale.ROOT, "%.0f",
                            rate), "middle", 10, "#212121"));
                }
            }
            if (i % labelEvery == 0) {
                String label = day.key().length() >= 10 ? day.key().substring(5) : day.key();
                svg.append(text(x + barWidth / 2, height - bottom + 16, label, "middle", 10, "#424242"));
            }
        }
        return svg.append("</svg>").toString();
    }

    /** Horizontal stacked bars: jobs that ended without completing, per resource type and job kind. */
    static String failuresByType(Map<String, long[]> byType, List<String> kinds) {
        int width = 720;
        int rowHeight = 26;
        int left = 130;
        int height = Math.max(1, byType.size()) * rowHeight + 50;
        long max = byType.values().stream().mapToLong(SvgCharts::sum).max().orElse(0);
        StringBuilder svg = open(width, height, "Jobs that did not complete, by resource type");
        if (byType.isEmpty() || max == 0) {
            svg.append(text(width / 2, 30, "Every job of the window that ended completed", "middle", 13, GREEN));
            return svg.append("</svg>").toString();
        }
        int row = 0;
        for (Map.Entry<String, long[]> entry : byType.entrySet()) {
            int y = 10 + row++ * rowHeight;
            svg.append(text(left - 8, y + 15, entry.getKey(), "end", 12, "#212121"));
            int x = left;
            for (int k = 0; k < entry.getValue().length; k++) {
                long value = entry.getValue()[k];
                int barWidth = (int) Math.round((width - left - 60) * (double) value / max);
                if (value > 0) {
                    svg.append(rect(x, y + 3, Math.max(barWidth, 2), rowHeight - 8, KIND_COLOURS[k % 3],
                            entry.getKey() + ": " + value + " " + kinds.get(k)
                                    + " jobs failed, expired, aborted or partial"));
                    x += Math.max(barWidth, 2);
                }
            }
            svg.append(text(x + 6, y + 15, String.valueOf(sum(entry.getValue())), "start", 12, "#212121"));
        }
        int legendY = height - 18;
        for (int k = 0; k < kinds.size(); k++) {
            int x = left + k * 110;
            svg.append(rect(x, legendY - 9, 12, 12, KIND_COLOURS[k % 3], kinds.get(k)))
                    .append(text(x + 16, legendY + 1, kinds.get(k), "start", 11, "#424242"));
        }
        return svg.append("</svg>").toString();
    }

    /** Horizontal bars: hours since each resource's newest usable recovery point, oldest first, target dashed. */
    static String rpoAges(List<RpoAge> ages, int targetHours) {
        List<RpoAge> shown = ages.subList(0, Math.min(MAX_RPO_BARS, ages.size()));
        int width = 720;
        int rowHeight = 20;
        int left = 250;
        int height = Math.max(1, shown.size()) * rowHeight + 40;
        double max = Math.max(targetHours * 1.5, shown.stream().filter(a -> a.ageHours() != null)
                .mapToDouble(RpoAge::ageHours).max().orElse(0));
        double scale = (width - left - 70) / max;
        StringBuilder svg = open(width, height, "Recovery point age per resource");
        for (int i = 0; i < shown.size(); i++) {
            RpoAge age = shown.get(i);
            int y = 8 + i * rowHeight;
            svg.append(text(left - 8, y + 13, shorten(age.name(), 34) + " ("
                    + age.resourceType() + ")", "end", 11, "#212121"));
            if (age.ageHours() == null) {
                svg.append(rect(left, y + 3, (int) (max * scale), rowHeight - 6, "#ffcdd2", age.resourceArn()
                        + ": no usable recovery point"))
                        .append(text(left + 6, y + 13, "no usable recovery point", "start", 11, RED));
                continue;
            }
            int barWidth = Math.max(2, (int) Math.round(age.ageHours() * scale));
            svg.append(rect(left, y + 3, barWidth, rowHeight - 6, age.breached() ? RED : GREEN,
                    age.resourceArn() + ": " + age.ageHours() + " h"))
                    .append(text(left + barWidth + 5, y + 13, String.format(Locale.ROOT, "%.1f h", age.ageHours()),
                            "start", 11, "#212121"));
        }
        int targetX = left + (int) Math.round(targetHours * scale);
        int bottom = 8 + shown.size() * rowHeight;
        svg.append(line(targetX, 4, targetX, bottom, "#212121", true))
                .append(text(targetX, bottom + 16, "RPO target " + targetHours + " h", "middle", 11, "#212121"));
        return svg.append("</svg>").toString();
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long value : values) {
            total += value;
        }
        return total;
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "\u2026";
    }

    private static StringBuilder open(int width, int height, String title) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"" + width
                + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height + "\"><title>"
                + UntrustedText.html(title) + "</title>");
    }

    private static String rect(int x, int y, int width, int height, String fill, String tooltip) {
        return "<rect x=\"" + x + "\" y=\"" + y + "\" width=\"" + width + "\" height=\"" + height + "\" fill=\""
                + fill + "\" rx=\"2\"><title>" + UntrustedText.html(tooltip) + "</title></rect>";
    }

    private static String line(int x1, int y1, int x2, int y2, String stroke, boolean dashed) {
        return "<line x1=\"" + x1 + "\" y1=\"" + y1 + "\" x2=\"" + x2 + "\" y2=\"" + y2 + "\" stroke=\"" + stroke
                + "\"" + (dashed ? " stroke-dasharray=\"5,4\"" : "") + "/>";
    }

    private static String text(int x, int y, String content, String anchor, int size, String fill) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\" font-size=\"" + size
                + "\" fill=\"" + fill + "\">" + UntrustedText.html(content) + "</text>";
    }
}
