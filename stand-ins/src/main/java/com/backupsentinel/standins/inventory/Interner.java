package com.backupsentinel.standins.inventory;

import java.util.HashMap;
import java.util.Map;

/** Shares equal strings (states, vault names, resource ARNs) across the rows of a large inventory. */
final class Interner {

    private final Map<String, String> values = new HashMap<>();

    synchronized String intern(String value) {
        if (value == null) {
            return null;
        }
        String existing = values.putIfAbsent(value, value);
        return existing == null ? value : existing;
    }
}
