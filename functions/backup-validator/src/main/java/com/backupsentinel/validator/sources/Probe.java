package com.backupsentinel.validator.sources;

import java.util.Objects;
import java.util.Optional;

/**
 * The answer to one bucket setting question, or why it could not be verified (access denied, an S3
 * implementation without that API): never a guess.
 */
public record Probe<T>(Optional<T> value, String notVerifiable) {

    public Probe {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(notVerifiable, "notVerifiable");
    }

    public static <T> Probe<T> of(T value) {
        return new Probe<>(Optional.of(value), "");
    }

    public static <T> Probe<T> unverifiable(String reason) {
        return new Probe<>(Optional.empty(), reason);
    }
}
