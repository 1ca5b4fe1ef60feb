package com.backupsentinel.standins;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Prints how long the stand-ins take to start: all together through {@link EmbeddedAws} in a cold JVM (what local
 * invoke pays; DynamoDB Local and S3Proxy start in parallel with the rest), then, warm, each alone and all together.
 * Figures only, no assertions. {@code --cold-only} stops after the first figure.
 * Run: {@code mvn -q -pl stand-ins exec:java -Dexec.mainClass=com.backupsentinel.standins.StandInStartupBenchmark}.
 */
@SuppressWarnings("checkstyle:noSystemOut")
public final class StandInStartupBenchmark {

    private static final int ROUNDS = 3;

    private StandInStartupBenchmark() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        StandInOptions options = StandInOptions.demo();
        long coldStart = System.nanoTime();
        try (EmbeddedAws aws = EmbeddedAws.start(options)) {
            out.printf(Locale.ROOT, "Cold JVM, EmbeddedAws.start(StandInOptions.demo()): %d ms; parts %s%n",
                    (System.nanoTime() - coldStart) / 1_000_000, format(aws.startupTimes()));
        }
        if (args.length > 0 && args[0].equals("--cold-only")) {
            return;
        }
        out.println("Warm JVM, each stand-in alone:");
        for (int round = 1; round <= ROUNDS; round++) {
            out.printf(Locale.ROOT, "  round %d: dynamodb %d ms, s3 %d ms, sns %d ms, backup+demo inventory %d ms, tagging+demo "
                            + "inventory %d ms%n", round,
                    time(DynamoDbStandIn::start), time(S3StandIn::start), time(SnsStandIn::start),
                    time(() -> BackupStandIn.start(options)), time(() -> TaggingStandIn.start(options)));
        }
        out.println("Warm JVM, everything through EmbeddedAws.start(StandInOptions.demo()):");
        for (int round = 1; round <= ROUNDS; round++) {
            long start = System.nanoTime();
            try (EmbeddedAws aws = EmbeddedAws.start(options)) {
                long total = (System.nanoTime() - start) / 1_000_000;
                out.printf(Locale.ROOT, "  round %d: %d ms total; parts %s%n", round, total, format(aws.startupTimes()));
            }
        }
    }

    private static long time(Supplier<? extends AutoCloseable> start) {
        long begin = System.nanoTime();
        try (AutoCloseable started = start.get()) {
            return (System.nanoTime() - begin) / 1_000_000;
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop a stand-in: " + e.getMessage(), e);
        }
    }

    private static String format(Map<String, Duration> times) {
        StringBuilder text = new StringBuilder();
        times.forEach((name, duration) -> text.append(text.isEmpty() ? "" : ", ").append(name).append(' ')
                .append(duration.toMillis()).append(" ms"));
        return text.toString();
    }
}
