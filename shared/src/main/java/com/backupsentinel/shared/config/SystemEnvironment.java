package com.backupsentinel.shared.config;

import java.util.Map;
import java.util.Optional;

/** The process environment plus an optional overlay installed by local invoke. */
final class SystemEnvironment implements Environment {

    static final SystemEnvironment INSTANCE = new SystemEnvironment();

    private volatile Map<String, String> overlay = Map.of();

    private SystemEnvironment() {
    }

    void install(Map<String, String> values) {
        overlay = Map.copyOf(values);
    }

    @Override
    public Optional<String> get(String name) {
        String value = overlay.containsKey(name) ? overlay.get(name) : System.getenv(name);
        return Optional.ofNullable(value).filter(text -> !text.isBlank());
    }
}
