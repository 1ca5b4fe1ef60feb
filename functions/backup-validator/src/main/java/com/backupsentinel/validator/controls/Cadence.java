package com.backupsentinel.validator.controls;

import java.util.Locale;

/** How often a backup rule runs, as the seed names its rules; {@code OTHER} when a schedule fits none. */
enum Cadence {
    HOURLY,
    DAILY,
    WEEKLY,
    MONTHLY,
    YEARLY,
    OTHER;

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Cadence ofHours(double hours) {
        if (hours < 24) {
            return HOURLY;
        }
        if (hours == 24) {
            return DAILY;
        }
        if (hours == 168) {
            return WEEKLY;
        }
        if (hours >= 672 && hours <= 744) {
            return MONTHLY;
        }
        return hours >= 8760 ? YEARLY : OTHER;
    }
}
