package com.backupsentinel.local;

import java.lang.reflect.Field;
import java.util.Map;

/**
 * Mirrors the function's environment into this JVM's {@link System#getenv()} view, for the libraries that read
 * it directly (Powertools' service name and log level, log4j's {@code ${env:...}} lookups). Our own code reads
 * {@link com.backupsentinel.shared.config.Environment#system()}, whose overlay local invoke installs anyway; this
 * is best effort and needs {@code --add-opens java.base/java.util=ALL-UNNAMED}, which scripts/local-invoke passes.
 */
final class ProcessEnvironment {

    private ProcessEnvironment() {
    }

    /** True when {@code System.getenv()} now shows {@code values}. */
    static boolean mirror(Map<String, String> values) {
        Map<String, String> environment = System.getenv();
        try {
            Field backing = environment.getClass().getDeclaredField("m");
            backing.setAccessible(true);
            @SuppressWarnings("unchecked")
            Map<String, String> writable = (Map<String, String>) backing.get(environment);
            writable.putAll(values);
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }
}
