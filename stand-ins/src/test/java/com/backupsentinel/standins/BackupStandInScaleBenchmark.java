package com.backupsentinel.standins;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.util.Locale;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.BackupJobState;

/**
 * Prints how the Backup stand-in copes with the validator benchmark's volume: 100,000 backup jobs and 50,000
 * recovery points built in memory, then listed through the SDK in pages of 1,000. Figures only, no assertions.
 */
@SuppressWarnings("checkstyle:noSystemOut")
public final class BackupStandInScaleBenchmark {

    private BackupStandInScaleBenchmark() {
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        int jobs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int points = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        try (BackupStandIn backup = BackupStandIn.start(StandInOptions.empty().withClock(Clock.systemUTC()),
                GeneratedInventory.of(jobs, points));
             BackupClient client = Clients.of(BackupClient.builder(), backup.endpoint(), GeneratedInventory.REGION)) {
            out.printf(Locale.ROOT, "build + start: %d ms for %d jobs and %d recovery points, heap held %d MiB%n",
                    millis(start), jobs, points, (usedHeap() - heapBefore) >> 20);
            for (int round = 1; round <= 2; round++) {
                long listStart = System.nanoTime();
                long listed = client.listBackupJobsPaginator(request -> request.maxResults(1000)).backupJobs().stream().count();
                out.printf(Locale.ROOT, "round %d: ListBackupJobs all %d jobs: %d ms%n", round, listed, millis(listStart));
                long pointStart = System.nanoTime();
                long pointCount = client.listRecoveryPointsByBackupVaultPaginator(request -> request
                        .backupVaultName(GeneratedInventory.VAULT).maxResults(1000)).recoveryPoints().stream().count();
                out.printf(Locale.ROOT, "round %d: ListRecoveryPointsByBackupVault all %d points: %d ms%n", round, pointCount,
                        millis(pointStart));
                long filterStart = System.nanoTime();
                long running = client.listBackupJobsPaginator(request -> request.byState(BackupJobState.RUNNING).maxResults(1000))
                        .backupJobs().stream().count();
                out.printf(Locale.ROOT, "round %d: ListBackupJobs byState=RUNNING (%d of %d): %d ms%n", round, running, jobs,
                        millis(filterStart));
            }
            out.printf(Locale.ROOT, "API calls served: %d %s%n", backup.callCount(), backup.callCounts());
        }
    }

    private static long millis(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static long usedHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
