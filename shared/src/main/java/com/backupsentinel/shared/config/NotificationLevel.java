package com.backupsentinel.shared.config;

import com.backupsentinel.shared.Severity;
import java.util.Locale;

/** Which alerts reach people, as the seed's notification_level names it. */
public enum NotificationLevel {
    ERRORS_ONLY(Severity.ERROR),
    WARNINGS_AND_ERRORS(Severity.WARNING),
    ALL(Severity.INFO);

    private final Severity minimum;

    NotificationLevel(Severity minimum) {
        this.minimum = minimum;
    }

    /** {@code errors_only}, {@code warnings_and_errors} or {@code all}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean allows(Severity severity) {
        return severity.atLeast(minimum);
    }
}
