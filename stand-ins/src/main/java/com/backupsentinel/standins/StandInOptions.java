package com.backupsentinel.standins;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * How the stand-ins start: which AWS Backup inventory folder to serve (none = an empty account) and the clock
 * that drives time-shifting of the demo inventory and the timestamps of jobs started through the API.
 *
 * @param inventory a folder in the format of {@code demo-account/README.md}, or empty for an empty account
 * @param clock     the stand-ins' notion of "now"
 */
public record StandInOptions(Optional<Path> inventory, Clock clock) {

    /** System property naming the folder that holds {@code template.yaml}, {@code events/} and {@code demo-account/}. */
    public static final String ROOT_PROPERTY = "sentinel.root";

    public StandInOptions {
        Objects.requireNonNull(inventory, "inventory");
        Objects.requireNonNull(clock, "clock");
    }

    /** The repository's {@code demo-account/} inventory and the system UTC clock. */
    public static StandInOptions demo() {
        return new StandInOptions(Optional.of(projectRoot().resolve("demo-account")), Clock.systemUTC());
    }

    /** No inventory (an account with no vaults, plans or jobs) and the system UTC clock. */
    public static StandInOptions empty() {
        return new StandInOptions(Optional.empty(), Clock.systemUTC());
    }

    public StandInOptions withInventory(Path folder) {
        return new StandInOptions(Optional.of(folder), clock);
    }

    public StandInOptions withClock(Clock newClock) {
        return new StandInOptions(inventory, newClock);
    }

    /**
     * The project root: the {@value #ROOT_PROPERTY} system property when set, else the nearest folder at or above the
     * working directory that holds {@code template.yaml}.
     */
    static Path projectRoot() {
        String configured = System.getProperty(ROOT_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath().normalize();
        }
        Path start = Path.of("").toAbsolutePath();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("template.yaml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("Cannot find the Backup Sentinel project root: no template.yaml in " + start
                + " or any parent folder; set the system property " + ROOT_PROPERTY + " to the folder that holds it");
    }
}
