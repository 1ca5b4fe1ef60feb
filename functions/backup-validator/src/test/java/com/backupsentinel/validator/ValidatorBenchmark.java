package com.backupsentinel.validator;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.aws.S3Clients;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import com.backupsentinel.standins.EmbeddedAws;
import com.backupsentinel.standins.StandInOptions;
import com.backupsentinel.standins.inventory.Inventory;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Generates 100,000 backup jobs, 10,000 copy jobs and 50,000 recovery points on 1,000 resources, serves them through
 * the AWS Backup stand-in over HTTP, runs the whole validator once (every control, full report written to the S3
 * stand-in, digest to the SNS stand-in) and prints wall time, heap and API calls. Asserts nothing.
 *
 * <pre>mvn -B -q -o -pl functions/backup-validator test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.backupsentinel.validator.ValidatorBenchmark</pre>
 * Optional arguments: resources, backup jobs, recovery points, malware scan jobs (0; with scan jobs, half the restore
 * jobs also lack SourceResourceArn and are attributed through the vault listing).
 */
@SuppressWarnings("checkstyle:noSystemOut")
public final class ValidatorBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-22T06:00:00Z");

    private ValidatorBenchmark() {
    }

    public static void main(String[] args) throws InterruptedException {
        int resources = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int jobs = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int points = args.length > 2 ? Integer.parseInt(args[2]) : 50_000;
        int scans = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        PrintStream out = System.out;
        long generating = System.nanoTime();
        Inventory inventory = BenchmarkInventory.generate(NOW, resources, jobs, points, scans);
        out.printf("inventory: %,d resources, %,d backup jobs, %,d copy jobs, %,d recovery points, %,d scan jobs"
                + " (generated in %.1f s)%n", resources, jobs, jobs / 10, points, scans,
                (System.nanoTime() - generating) / 1e9);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        try (EmbeddedAws aws = EmbeddedAws.start(StandInOptions.empty().withClock(clock), inventory)) {
            BackupValidatorHandler handler = handler(aws, clock);
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            System.gc();
            long baseline = memory.getHeapMemoryUsage().getUsed();
            long gcBefore = gcMillis();
            int callsBefore = aws.backup().callCount();
            AtomicLong peak = new AtomicLong(baseline);
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-sampler");
            sampler.setDaemon(true);
            sampler.start();
            long cpuBefore = processCpuNanos();
            long started = System.nanoTime();
            Map<String, Object> response = handler.handleRequest(Map.of("send_full_report", true),
                    new TestContext(900_000));
            long wall = System.nanoTime() - started;
            long cpu = processCpuNanos() - cpuBefore;
            sampler.interrupt();
            sampler.join();
            out.printf("CPU time of the process during the run: %.2f s (validator and the stand-ins serving it; unlike"
                    + " wall time, it does not grow when other processes share the cores)%n", cpu / 1e9);
            report(out, response, wall, baseline, peak.get(), gcMillis() - gcBefore, aws, callsBefore);
        }
    }

    private static BackupValidatorHandler handler(EmbeddedAws aws, Clock clock) {
        Map<String, String> env = new HashMap<>(aws.endpointEnvironment());
        AwsClientFactory factory = AwsClientFactory.fromEnvironment(Environment.of(env));
        S3Clients.build(factory).createBucket(r -> r.bucket("bench-reports"));
        String topic = factory.build(SnsClient.builder(), "SNS").createTopic(r -> r.name("bench")).topicArn();
        env.putAll(Map.of("ENVIRONMENT", "production", "REPORT_BUCKET", "bench-reports", "NOTIFICATION_TOPIC_ARN", topic,
                "REGIONS", BenchmarkInventory.REGION, "BACKUP_VAULT_NAME", BenchmarkInventory.VAULTS[0]));
        ValidatorWiring wiring = ValidatorWiring.create(Environment.of(env), clock, new RecordingMetrics());
        return new BackupValidatorHandler(wiring);
    }

    @SuppressWarnings("unchecked")
    private static void report(PrintStream out, Map<String, Object> response, long wallNanos, long baseline, long peak,
                               long gcMillis, EmbeddedAws aws, int callsBefore) {
        out.printf("validator wall time: %.2f s (status %s, complete %s)%n", wallNanos / 1e9, response.get("status"),
                response.get("complete"));
        out.printf("heap: %.1f MB before the run (stand-ins, inventory and Maven included), peak %.1f MB during it,"
                + " so at most %.1f MB for the validator; GC time %d ms%n", mb(baseline), mb(peak),
                mb(peak - baseline), gcMillis);
        Map<String, Integer> calls = new HashMap<>(aws.backup().callCounts());
        out.printf("AWS Backup API calls: %d %s%n", aws.backup().callCount() - callsBefore, new TreeMap<>(calls));
        Map<String, Object> report = (Map<String, Object>) response.get("report");
        List<Map<String, Object>> results = (List<Map<String, Object>>) report.get("results");
        out.println("feeds (items read, ms): " + results.get(0).get("feeds"));
        for (Map<String, Object> control : (List<Map<String, Object>>) response.get("controls")) {
            out.printf("  %-26s %-14s %s%n", control.get("control"), control.get("status"), control.get("figures"));
        }
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }
}
