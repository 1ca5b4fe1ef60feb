package com.backupsentinel.local;

import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code scripts/local-org-run --accounts N --regions R [--capture DIR] [--max-concurrency M] [--time-scale X]}.
 *
 * @param maxConcurrency shards run at once; empty = the template's OrgMaxConcurrency default (bounded by the machine)
 * @param timeScale      factor applied to the state machine's retry waits (1 = real time)
 */
record OrgRunArguments(int accounts, int regions, Optional<Path> captureDir, Optional<Integer> maxConcurrency,
                       double timeScale) {

    static final String USAGE = "usage: scripts/local-org-run --accounts N --regions R [--capture DIR]"
            + " [--max-concurrency M] [--time-scale X]";

    static OrgRunArguments parse(String... args) throws UsageException {
        Integer accounts = null;
        Integer regions = null;
        Path capture = null;
        Integer concurrency = null;
        double scale = 0.01;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new UsageException(name.startsWith("--") ? name + " needs a value" : "unexpected argument "
                        + name);
            }
            String value = args[++i];
            switch (name) {
                case "--accounts" -> accounts = number(name, value, 1, 100_000);
                case "--regions" -> regions = number(name, value, 1, 8);
                case "--capture" -> capture = Path.of(value);
                case "--max-concurrency" -> concurrency = number(name, value, 1, 10_000);
                case "--time-scale" -> scale = decimal(name, value);
                default -> throw new UsageException("unknown option " + name);
            }
        }
        if (accounts == null || regions == null) {
            throw new UsageException("--accounts and --regions are required");
        }
        return new OrgRunArguments(accounts, regions, Optional.ofNullable(capture), Optional.ofNullable(concurrency),
                scale);
    }

    private static int number(String name, String value, int min, int max) throws UsageException {
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(name + " must be a whole number from " + min + " to " + max + ", got '" + value + "'");
    }

    private static double decimal(String name, String value) throws UsageException {
        try {
            double number = Double.parseDouble(value);
            if (number >= 0 && number <= 10) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(name + " must be a number from 0 to 10, got '" + value + "'");
    }
}
