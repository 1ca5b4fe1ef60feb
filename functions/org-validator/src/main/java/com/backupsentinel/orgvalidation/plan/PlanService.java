package com.backupsentinel.orgvalidation.plan;

import static com.backupsentinel.shared.logging.StructuredArguments.entry;

import com.backupsentinel.shared.metrics.MetricsRecorder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Plans an org run: lists the accounts ({@link AccountDirectory}: ACTIVE ones only), leaves out OrgExcludedAccounts,
 * crosses them with the regions and writes the items, as the Distributed Map's ItemReader reads them, to
 * {@code <run folder>/shard-items.json} in the report bucket. Answers only where the file is and the counts, so the
 * execution's state stays a few hundred bytes for ten accounts or ten thousand. A run with no account left to validate
 * is an {@link OrgPlanException} naming why.
 */
public final class PlanService {

    public static final String ITEMS_FILE = "shard-items.json";
    static final String PLANNED_ACCOUNTS = "OrgPlannedAccounts";
    static final String PLANNED_SHARDS = "OrgPlannedShards";
    private static final Logger LOG = LoggerFactory.getLogger(PlanService.class);

    private final AccountDirectory directory;
    private final Set<String> excluded;
    private final List<String> regions;
    private final PlanStore store;
    private final MetricsRecorder metrics;

    public PlanService(AccountDirectory directory, Set<String> excluded, List<String> regions, PlanStore store,
                       MetricsRecorder metrics) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.excluded = Set.copyOf(excluded);
        this.regions = List.copyOf(regions);
        this.store = Objects.requireNonNull(store, "store");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
        if (this.regions.isEmpty()) {
            throw new IllegalArgumentException("regions must not be empty");
        }
    }

    public ShardPlan plan(PlanRequest request) {
        AccountListing listing = directory.list();
        List<OrgAccount> accounts = listing.active().stream().filter(a -> !excluded.contains(a.accountId())).toList();
        int excludedCount = listing.active().size() - accounts.size();
        if (accounts.isEmpty()) {
            throw new OrgPlanException("No account to validate: " + describe(listing, excludedCount)
                    + "; check OrgAccounts and OrgExcludedAccounts");
        }
        byte[] items = ShardItemsFile.json(accounts, regions);
        String key = request.run().folder() + ITEMS_FILE;
        store.put(key, items);
        ShardPlan plan = new ShardPlan(store.bucket(), key, directory.source(), listing.listed(), listing.notActive(),
                excludedCount, accounts.size(), regions.size(), accounts.size() * regions.size(), items.length);
        LOG.info("Shards planned", entry("runId", request.run().runId()), entry("source", plan.source()),
                entry("listedAccounts", plan.listedAccounts()), entry("notActiveAccounts", plan.notActiveAccounts()),
                entry("excludedAccounts", plan.excludedAccounts()), entry("accounts", plan.accounts()),
                entry("regions", plan.regions()), entry("shards", plan.shards()), entry("key", key),
                entry("bytes", plan.bytes()));
        metrics.count(PLANNED_ACCOUNTS, plan.accounts(), Map.of());
        metrics.count(PLANNED_SHARDS, plan.shards(), Map.of());
        return plan;
    }

    private String describe(AccountListing listing, int excludedCount) {
        if ("PARAMETER".equals(directory.source())) {
            return "every account of OrgAccounts (" + listing.listed() + ") is in OrgExcludedAccounts";
        }
        return "Organizations listed " + listing.listed() + " account(s), " + listing.notActive() + " not ACTIVE and "
                + excludedCount + " in OrgExcludedAccounts";
    }
}
