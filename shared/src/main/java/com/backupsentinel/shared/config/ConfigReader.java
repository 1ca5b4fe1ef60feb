package com.backupsentinel.shared.config;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads configuration values by name, once, failing fast with a message that names the variable and shows
 * what a valid value looks like. Defaults are passed explicitly by the caller, never invented here.
 */
public final class ConfigReader {

    private final Environment environment;

    public ConfigReader(Environment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    public Environment environment() {
        return environment;
    }

    /** A value that must be set; {@code example} shows the user what a valid one looks like. */
    public String required(String name, String example) {
        return environment.get(name).map(String::trim).orElseThrow(() -> new ConfigurationException(
                "Environment variable " + name + " is required but not set (example: " + example + ")"));
    }

    public Optional<String> optional(String name) {
        return environment.get(name).map(String::trim);
    }

    public String optional(String name, String defaultValue) {
        return optional(name).orElse(defaultValue);
    }

    public int integer(String name, int defaultValue, int min, int max) {
        Optional<String> raw = optional(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.get());
            if (value < min || value > max) {
                throw outOfRange(name, raw.get(), min, max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw outOfRange(name, raw.get(), min, max);
        }
    }

    public double decimal(String name, double defaultValue, double min, double max) {
        Optional<String> raw = optional(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        try {
            double value = Double.parseDouble(raw.get());
            if (!(value >= min && value <= max)) {
                throw new ConfigurationException("Environment variable " + name + " must be a number from " + min
                        + " to " + max + ", got '" + raw.get() + "'");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new ConfigurationException("Environment variable " + name + " must be a number from " + min
                    + " to " + max + ", got '" + raw.get() + "'");
        }
    }

    public boolean bool(String name, boolean defaultValue) {
        Optional<String> raw = optional(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        switch (raw.get().toLowerCase(Locale.ROOT)) {
            case "true":
                return true;
            case "false":
                return false;
            default:
                throw new ConfigurationException(
                        "Environment variable " + name + " must be true or false, got '" + raw.get() + "'");
        }
    }

    /** A comma-separated list; blank entries are dropped. */
    public List<String> list(String name, List<String> defaultValue) {
        return optional(name)
                .map(raw -> Arrays.stream(raw.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                        .collect(Collectors.toUnmodifiableList()))
                .orElse(List.copyOf(defaultValue));
    }

    /** One of the given values, matched case-insensitively against {@code wireName}. */
    public <E extends Enum<E>> E choice(String name, Class<E> type, Function<E, String> wireName, E defaultValue) {
        Optional<String> raw = optional(name);
        if (raw.isEmpty()) {
            return defaultValue;
        }
        return parseChoice(name, raw.get(), type, wireName);
    }

    /** Like {@link #choice} but the variable must be set. */
    public <E extends Enum<E>> E requiredChoice(String name, Class<E> type, Function<E, String> wireName) {
        String allowed = allowed(type, wireName);
        String raw = optional(name).orElseThrow(() -> new ConfigurationException(
                "Environment variable " + name + " is required but not set (one of: " + allowed + ")"));
        return parseChoice(name, raw, type, wireName);
    }

    private static <E extends Enum<E>> E parseChoice(String name, String raw, Class<E> type,
                                                     Function<E, String> wireName) {
        for (E constant : type.getEnumConstants()) {
            if (wireName.apply(constant).equalsIgnoreCase(raw)) {
                return constant;
            }
        }
        throw new ConfigurationException("Environment variable " + name + " must be one of: "
                + allowed(type, wireName) + ", got '" + raw + "'");
    }

    private static <E extends Enum<E>> String allowed(Class<E> type, Function<E, String> wireName) {
        return Arrays.stream(type.getEnumConstants()).map(wireName).collect(Collectors.joining(", "));
    }

    private static ConfigurationException outOfRange(String name, String raw, int min, int max) {
        return new ConfigurationException("Environment variable " + name + " must be a whole number from " + min
                + " to " + max + ", got '" + raw + "'");
    }
}
