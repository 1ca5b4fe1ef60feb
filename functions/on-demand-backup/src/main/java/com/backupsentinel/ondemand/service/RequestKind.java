package com.backupsentinel.ondemand.service;

import java.util.Locale;

/** The two things an operator can ask for; each has its own partition in the requests table. */
public enum RequestKind {
    BACKUP,
    RESTORE;

    /** {@code backup} or {@code restore}, as the API and the audit trail spell it. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
