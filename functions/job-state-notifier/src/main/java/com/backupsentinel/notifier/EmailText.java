package com.backupsentinel.notifier;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.shared.config.NotificationLevel;
import com.backupsentinel.shared.text.UntrustedText;

/** The plain-text body email subscribers read: summary, aligned facts, next steps and the console link. */
final class EmailText {

    private EmailText() {
    }

    static String render(AlertContent content, Severity severity, NotificationLevel level) {
        int width = labelWidth(content) + 1;
        StringBuilder text = new StringBuilder(1_024);
        text.append(severity).append(": ").append(oneLine(content.summary())).append("\n\n");
        for (Fact fact : content.facts()) {
            text.append(pad(fact.label() + ":", width)).append(' ').append(oneLine(fact.value())).append('\n');
        }
        text.append("\nWhat to look at:\n");
        for (String step : content.nextSteps()) {
            text.append("  - ").append(oneLine(step)).append('\n');
        }
        text.append("  - Open it in the AWS Backup console: ").append(content.consoleUrl()).append('\n');
        content.note().ifPresent(note -> text.append('\n').append(oneLine(note)).append('\n'));
        text.append("\n-- \nBackup Sentinel JobStateNotifierFunction (notification level ")
                .append(level.wireName()).append(")\n");
        return text.toString();
    }

    /** The longest fact label's length (a loop: an int stream loads ten JDK classes on the cold path). */
    private static int labelWidth(AlertContent content) {
        int width = 0;
        for (Fact fact : content.facts()) {
            width = Math.max(width, fact.label().length());
        }
        return width;
    }

    private static String pad(String text, int width) {
        StringBuilder padded = new StringBuilder(text);
        while (padded.length() < width) {
            padded.append(' ');
        }
        return padded.toString();
    }

    /**
     * A value on one line: line breaks and control characters become spaces, bidi and zero-width characters go
     * ({@link UntrustedText#line}); {@code <} and {@code @} stay, a plain-text reader shows them as they are.
     */
    static String oneLine(String text) {
        return UntrustedText.line(text);
    }
}
