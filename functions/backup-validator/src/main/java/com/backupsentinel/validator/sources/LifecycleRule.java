package com.backupsentinel.validator.sources;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;

/** A bucket lifecycle rule as far as retention goes: its prefix filter, expiry and transitions (class to days). */
public record LifecycleRule(String id, String prefix, boolean enabled, OptionalInt expirationDays,
                            Map<String, Integer> transitionDays) {

    public LifecycleRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(expirationDays, "expirationDays");
        transitionDays = Collections.unmodifiableMap(new TreeMap<>(transitionDays));
    }

    /** Whether this enabled rule covers every key under {@code keyPrefix}. */
    public boolean covers(String keyPrefix) {
        return enabled && keyPrefix.startsWith(prefix);
    }
}
