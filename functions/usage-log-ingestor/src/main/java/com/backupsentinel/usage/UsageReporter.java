package com.backupsentinel.usage;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;

/**
 * Answers the report from what was ingested: the stored row of each (date, customer, user) in range, rendered by
 * {@link UsageCsv} and written to {@code reports/usage/}. Customers are read concurrently, one query each.
 */
final class UsageReporter {

    static final int INLINE_CSV_MAX_BYTES = 32 * 1024;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    /** One customer's rows and the config hashes it has backups for. */
    private record CustomerRows(List<LatestDeployment> rows, Set<String> backedUpHashes) {
    }

    private final UsageStore store;
    private final ObjectStore objects;
    private final ExecutorService executor;
    private final Clock clock;

    UsageReporter(UsageStore store, ObjectStore objects, ExecutorService executor, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.objects = Objects.requireNonNull(objects, "objects");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    ReportResult report(ReportRequest request) {
        List<String> customers = request.customer().map(List::of).orElseGet(store::customers);
        List<LatestDeployment> rows = new ArrayList<>();
        List<LatestDeployment> withoutBackup = new ArrayList<>();
        for (Concurrently.Attempt<String, CustomerRows> attempt : Concurrently.map(executor, customers,
                customer -> rowsOf(customer, request))) {
            if (attempt.failed()) {
                throw attempt.error();
            }
            for (LatestDeployment row : attempt.result().rows()) {
                rows.add(row);
                if (!attempt.result().backedUpHashes().contains(row.configHash())) {
                    withoutBackup.add(row);
                }
            }
        }
        byte[] csv = UsageCsv.render(rows.stream().map(LatestDeployment::row).collect(Collectors.toList()))
                .getBytes(StandardCharsets.UTF_8);
        Instant generatedAt = clock.instant();
        String key = reportKey(request, generatedAt);
        objects.put(key, csv, "text/csv; charset=utf-8");
        withoutBackup.sort((a, b) -> UsageRow.ORDER.compare(a.row(), b.row()));
        return new ReportResult(objects.bucket(), key, rows.size(), csv.length, generatedAt,
                csv.length <= INLINE_CSV_MAX_BYTES ? Optional.of(new String(csv, StandardCharsets.UTF_8)) : Optional.empty(),
                withoutBackup);
    }

    private CustomerRows rowsOf(String customer, ReportRequest request) {
        List<LatestDeployment> rows = store.latest(customer, request.from(), request.to());
        Set<String> hashes = rows.isEmpty() ? Set.of() : store.configVersions(customer).stream()
                .map(ConfigVersion::md5).collect(Collectors.toSet());
        return new CustomerRows(rows, hashes);
    }

    /** {@code reports/usage/usage_<customer|all>_<from|start>_<to|end>_<generated>.csv}. */
    static String reportKey(ReportRequest request, Instant generatedAt) {
        return ObjectKeys.REPORTS + "usage_" + request.customer().orElse("all")
                + "_" + request.from().map(LocalDate::toString).orElse("start")
                + "_" + request.to().map(LocalDate::toString).orElse("end")
                + "_" + STAMP.format(generatedAt) + ".csv";
    }
}
