package com.backupsentinel.usage;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code {"action": "config-history", "customer": "...", "date": "YYYY-MM-DD"}} (which config did the customer run
 * that day) or {@code {..., "configHash": "<md5>"}} (when was that version first seen and which deployments used it).
 */
record ConfigHistoryRequest(String customer, Optional<LocalDate> date, Optional<String> configHash)
        implements Invocation {

    private static final Pattern MD5 = Pattern.compile("[0-9a-fA-F]{32}");

    ConfigHistoryRequest {
        CustomerNames.require("customer", Objects.requireNonNull(customer, "customer"));
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(configHash, "configHash");
        if (date.isPresent() == configHash.isPresent()) {
            throw new IllegalArgumentException("config-history needs exactly one of date (YYYY-MM-DD) or configHash");
        }
        configHash.ifPresent(hash -> {
            if (!MD5.matcher(hash).matches()) {
                throw new IllegalArgumentException("configHash " + Texts.quote(hash) + " is not an MD5 (32 hex digits)");
            }
        });
        configHash = configHash.map(hash -> hash.toLowerCase(Locale.ROOT));
    }
}
