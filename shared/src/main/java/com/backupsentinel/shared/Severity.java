package com.backupsentinel.shared;

import java.util.Locale;

/** How loudly a finding or an alert speaks; ordered from quiet to loud. */
public enum Severity {
    INFO,
    WARNING,
    ERROR;

    public String wireName() {
        return name();
    }

    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    public String lowerCase() {
        return name().toLowerCase(Locale.ROOT);
    }
}
