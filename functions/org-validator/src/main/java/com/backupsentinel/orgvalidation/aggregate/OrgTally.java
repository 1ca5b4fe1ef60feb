package com.backupsentinel.orgvalidation.aggregate;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Adds up a run's shards as they are read, one at a time, into an {@link OrgReport}: totals that are the plain sums
 * of the shards' figures, each control over all shards, accounts ranked worst first, and the
 * {@value #TOP_FINDINGS} loudest findings (a bounded heap: memory does not grow with the findings' number).
 */
final class OrgTally {

    static final int TOP_FINDINGS = 100;
    private static final Comparator<OrgFinding> QUIETEST_FIRST = Comparator.comparingInt(OrgFinding::loudness)
            .thenComparing(OrgFinding::accountId, Comparator.reverseOrder());

    private final Map<String, List<ShardResult>> byAccount = new TreeMap<>();
    private final Map<String, ControlTotals> controls = new LinkedHashMap<>();
    private final Map<String, Long> severities = new TreeMap<>();
    private final TreeSet<String> regions = new TreeSet<>();
    private final PriorityQueue<OrgFinding> top = new PriorityQueue<>(QUIETEST_FIRST);
    private final List<Long> durations = new ArrayList<>();
    private StatusCounts shards = StatusCounts.NONE;
    private long findings;
    private long nonCompliantResources;

    void add(ShardResult shard) {
        byAccount.computeIfAbsent(shard.accountId(), account -> new ArrayList<>()).add(shard);
        shards = shards.plus(shard.status());
        regions.add(shard.region());
        findings += shard.findings();
        nonCompliantResources += shard.nonCompliantResources();
        shard.findingsBySeverity().forEach((severity, count) -> severities.merge(severity, count, Long::sum));
        for (ControlLine line : shard.controls()) {
            controls.merge(line.control(), ControlTotals.empty(line.control()).plus(line),
                    (sum, one) -> sum.plus(line));
        }
        for (JsonNode finding : shard.topFindings()) {
            top.add(new OrgFinding(shard.accountId(), shard.accountName(), shard.region(), finding));
            if (top.size() > TOP_FINDINGS) {
                top.poll();
            }
        }
        if (shard.durationMillis() > 0) {
            durations.add(shard.durationMillis());
        }
    }

    OrgReport report(AggregateRequest request, String environment, Instant generatedAt) {
        List<AccountSummary> accounts = new ArrayList<>();
        StatusCounts accountCounts = StatusCounts.NONE;
        String overall = Statuses.COMPLIANT;
        for (Map.Entry<String, List<ShardResult>> entry : byAccount.entrySet()) {
            AccountSummary account = account(entry.getKey(), entry.getValue());
            accounts.add(account);
            accountCounts = accountCounts.plus(account.status());
            overall = Statuses.worse(overall, account.status());
        }
        accounts.sort(Ranking.WORST_FIRST);
        List<AccountSummary> ranked = new ArrayList<>(accounts.size());
        for (int i = 0; i < accounts.size(); i++) {
            ranked.add(accounts.get(i).ranked(i + 1));
        }
        List<OrgFinding> loudest = new ArrayList<>(top);
        loudest.sort(QUIETEST_FIRST.reversed());
        String status = shards.total() == 0 ? Statuses.ERROR : overall;
        return new OrgReport(request.run().runId(), request.run().startedAt(), generatedAt, environment,
                request.mapRunArn(), status, headline(status, accountCounts, shards.total() == 0),
                List.copyOf(regions), shards, accountCounts, findings, nonCompliantResources, severities,
                percentiles(), List.copyOf(controls.values()), ranked, loudest);
    }

    private static AccountSummary account(String accountId, List<ShardResult> shards) {
        List<ShardResult> sorted = new ArrayList<>(shards);
        sorted.sort(Comparator.comparing(ShardResult::region));
        String status = Statuses.COMPLIANT;
        String name = "";
        int errors = 0;
        long score = 0;
        long findings = 0;
        long resources = 0;
        Map<String, Long> severities = new TreeMap<>();
        for (ShardResult shard : sorted) {
            status = Statuses.worse(status, shard.status());
            name = name.isEmpty() ? shard.accountName() : name;
            errors += shard.isError() ? 1 : 0;
            score += Ranking.score(shard);
            findings += shard.findings();
            resources += shard.nonCompliantResources();
            shard.findingsBySeverity().forEach((severity, count) -> severities.merge(severity, count, Long::sum));
        }
        return new AccountSummary(0, accountId, name, status, score, errors, findings, resources, severities, sorted);
    }

    private String headline(String status, StatusCounts accounts, boolean empty) {
        if (empty) {
            return "ERROR: the Map Run recorded no shard results";
        }
        String scope = plural(accounts.total(), "account") + ", " + plural(regions.size(), "region") + ", "
                + plural(shards.total(), "shard");
        if (Statuses.COMPLIANT.equals(status)) {
            return "COMPLIANT: every shard compliant (" + scope + ")";
        }
        StringBuilder text = new StringBuilder(status).append(": ");
        List<String> parts = new ArrayList<>();
        if (shards.error() > 0) {
            parts.add(String.format(Locale.ROOT, "%d of %d shards in error (%d %s)", shards.error(), shards.total(),
                    accounts.error(), accounts.error() == 1 ? "account" : "accounts"));
        }
        if (accounts.nonCompliant() > 0) {
            parts.add(String.format(Locale.ROOT, "%d %s non-compliant", accounts.nonCompliant(),
                    accounts.nonCompliant() == 1 ? "account" : "accounts"));
        }
        if (accounts.incomplete() > 0) {
            parts.add(accounts.incomplete() + " incomplete");
        }
        parts.add(String.format(Locale.ROOT, "%d findings on %d resources", findings, nonCompliantResources));
        return text.append(String.join(", ", parts)).append(" (").append(scope).append(")").toString();
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private Map<String, Long> percentiles() {
        Map<String, Long> figures = new LinkedHashMap<>();
        if (durations.isEmpty()) {
            return figures;
        }
        List<Long> sorted = new ArrayList<>(durations);
        sorted.sort(null);
        figures.put("p50", sorted.get((int) Math.ceil(0.50 * sorted.size()) - 1));
        figures.put("p99", sorted.get((int) Math.ceil(0.99 * sorted.size()) - 1));
        figures.put("max", sorted.get(sorted.size() - 1));
        return figures;
    }
}
