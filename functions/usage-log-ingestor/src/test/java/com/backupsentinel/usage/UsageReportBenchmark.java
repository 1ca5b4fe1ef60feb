package com.backupsentinel.usage;

import com.backupsentinel.shared.metrics.RecordingMetrics;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * Ingest N usage logs through the S3 stand-in with a backfill, then answer the report from the table; and, on the
 * same S3 endpoint, the seed's approach (download every log, parse, deduplicate, write the CSV). Prints figures and
 * whether both CSVs are identical; asserts nothing about time.
 *
 * <pre>
 * mvn -B -q -o -pl functions/usage-log-ingestor test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.backupsentinel.usage.UsageReportBenchmark [-Dexec.args="10000 3"]
 * </pre>
 */
@SuppressWarnings("checkstyle:noSystemOut")
public final class UsageReportBenchmark {

    private UsageReportBenchmark() {
    }

    public static void main(String[] args) {
        int logs = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int status = 1;
        try {
            run(logs, rounds, System.out);
            status = 0;
        } catch (RuntimeException e) {
            e.printStackTrace(System.err);
        } finally {
            // the stand-ins' server threads are not daemons: end the JVM exec:java runs in
            System.exit(status);
        }
    }

    static void run(int logs, int rounds, PrintStream out) {
        Clock clock = Clock.fixed(Instant.parse("2025-11-21T12:00:00Z"), ZoneOffset.UTC);
        Harness harness = new Harness(clock);
        UsageCorpus corpus = UsageCorpus.generate(42L, logs, 30, 20, 50, 0.0, true);
        out.printf("corpus: %d usage logs, 30 days, 20 customers, 50 users; %d expected CSV rows%n", logs,
                corpus.expectedCsv().lines().count() - 1);
        long uploadStart = System.nanoTime();
        for (Concurrently.Attempt<UsageCorpus.Item, String> attempt : Concurrently.map(Harness.WORKERS,
                corpus.items(), item -> upload(harness, item))) {
            if (attempt.failed()) {
                upload(harness, attempt.item());
            }
        }
        out.printf("upload to the S3 stand-in: %,d ms (setup, not compared)%n", millisSince(uploadStart));

        long backfillStart = System.nanoTime();
        BackfillResult backfill = harness.ingestor.backfill(new BackfillRequest(Optional.of(ObjectKeys.USAGE_LOGS),
                Optional.empty()), () -> Long.MAX_VALUE);
        long backfillMillis = millisSince(backfillStart);
        out.printf("backfill (once, then each log is ingested on arrival): %,d ms for %d logs, %.2f ms per log,"
                + " ingested %d, complete %s%n", backfillMillis, backfill.listed(), (double) backfillMillis / logs,
                backfill.count(ObjectOutcome.Result.INGESTED), backfill.complete());

        ExecutorService cliPool = ProductionWiring.workers(SeedApproach.AWS_CLI_CONCURRENCY);
        List<Long> ours = new ArrayList<>();
        List<Long> seed = new ArrayList<>();
        String ourCsv = "";
        String seedCsv = "";
        for (int round = 1; round <= rounds; round++) {
            long reportStart = System.nanoTime();
            ReportResult report = harness.ingestor.report(new ReportRequest(Optional.empty(), Optional.empty(),
                    Optional.empty()));
            ours.add(millisSince(reportStart));
            ourCsv = harness.read(report.key()).orElseThrow();
            long seedStart = System.nanoTime();
            seedCsv = SeedApproach.csv(harness.aws.s3(), harness.aws.bucket(), cliPool);
            seed.add(millisSince(seedStart));
            out.printf("round %d: report from the table %,d ms (%d rows) | seed approach %,d ms%n", round,
                    ours.get(ours.size() - 1), report.rowCount(), seed.get(seed.size() - 1));
        }
        long ourMedian = median(ours);
        long seedMedian = median(seed);
        out.printf("median report: %,d ms; median seed approach: %,d ms; seed / ours = %.1fx%n", ourMedian, seedMedian,
                (double) seedMedian / Math.max(1, ourMedian));
        out.printf("CSV identical to the seed approach: %s; equal to the seed rule's expected CSV: %s%n",
                ourCsv.equals(seedCsv), ourCsv.equals(corpus.expectedCsv()));
        RecordingMetrics metrics = harness.metrics;
        out.printf("metrics: %s%n", Map.of(UsageMetrics.INGESTED, metrics.total(UsageMetrics.INGESTED),
                UsageMetrics.QUARANTINED, metrics.total(UsageMetrics.QUARANTINED)));
    }

    private static String upload(Harness harness, UsageCorpus.Item item) {
        return TestAws.putObject(harness.aws.s3(), harness.aws.bucket(), item.key(),
                RequestBody.fromString(item.content()));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(Long::compare);
        return sorted.get(sorted.size() / 2);
    }
}
