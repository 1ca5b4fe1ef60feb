package com.backupsentinel.shared.config;

import java.util.Map;
import java.util.Optional;

/**
 * Where configuration comes from: the process environment in Lambda, a map in tests.
 *
 * <p>Local invoke runs handlers inside its own JVM, whose real environment it cannot change, so it installs
 * the function's template environment as an overlay before it constructs the handler; nothing else does.
 */
@FunctionalInterface
public interface Environment {

    /** The value of {@code name}, empty when unset or blank. */
    Optional<String> get(String name);

    /** The process environment, with the local-invoke overlay on top when one is installed. */
    static Environment system() {
        return SystemEnvironment.INSTANCE;
    }

    /** A fixed environment, for tests and tools. */
    static Environment of(Map<String, String> values) {
        Map<String, String> copy = Map.copyOf(values);
        return name -> Optional.ofNullable(copy.get(name)).filter(value -> !value.isBlank());
    }

    /**
     * Replaces what {@link #system()} answers with {@code values} laid over the process environment. Used by
     * local invoke only, before it constructs a handler.
     */
    static void installOverlay(Map<String, String> values) {
        SystemEnvironment.INSTANCE.install(values);
    }
}
