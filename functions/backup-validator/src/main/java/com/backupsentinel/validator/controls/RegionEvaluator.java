package com.backupsentinel.validator.controls;

import com.backupsentinel.shared.config.DeploymentEnvironment;
import com.backupsentinel.validator.inventory.BackupInventory;
import com.backupsentinel.validator.inventory.InventoryException;
import com.backupsentinel.validator.inventory.JobKind;
import com.backupsentinel.validator.inventory.JobQuery;
import com.backupsentinel.validator.inventory.JobRecord;
import com.backupsentinel.validator.inventory.ResourceCatalog;
import com.backupsentinel.validator.inventory.TaggedResource;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.EnumSet;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Evaluates controls in one region: reads each feed once, in {@link Feed} order, and hands every item to each
 * control that declared the feed. Controls are isolated: one that throws becomes ERROR with the reason and the
 * others carry on; a feed that cannot be read makes its readers ERROR; when the deadline passes, reading stops
 * and the controls still waiting become INCOMPLETE. Findings are named after the names AWS gives resources
 * (vaults, plans, protected resources, Name tags), else the last part of the ARN.
 */
public final class RegionEvaluator {

    private final BackupInventory inventory;
    private final ResourceCatalog catalog;
    private final ControlContext context;
    private final List<Optional<String>> accounts;
    private final Deadline deadline;
    private final Map<ControlId, ControlEvaluation> running = new LinkedHashMap<>();
    private final Map<ControlId, ControlResult> done = new LinkedHashMap<>();
    private final List<FeedStats> stats = new ArrayList<>();
    private final List<String> vaultNames = new ArrayList<>();
    private final Map<String, String> resourceNames = new HashMap<>();
    private final Map<String, DeploymentEnvironment> taggedEnvironments = new HashMap<>();
    private final RestoreAttribution attribution = new RestoreAttribution();
    private final Set<DeploymentEnvironment> environments = EnumSet.noneOf(DeploymentEnvironment.class);
    private String vaultFailure = "";

    /**
     * @param accounts the job listings to make: empty = this account, {@code "*"} = every account, or ids
     */
    public RegionEvaluator(BackupInventory inventory, ResourceCatalog catalog, ControlContext context,
                           List<Optional<String>> accounts, Deadline deadline) {
        this.inventory = inventory;
        this.catalog = catalog;
        this.context = context;
        this.accounts = List.copyOf(accounts);
        this.deadline = deadline;
    }

    public RegionResult evaluate(List<Control> controls) {
        for (Control control : controls) {
            try {
                running.put(control.id(), control.start(context));
            } catch (RuntimeException e) {
                done.put(control.id(), ControlResult.error(control.id(), context.region(), reason(e)));
            }
        }
        for (Feed feed : Feed.values()) {
            List<ControlId> readers = readersOf(feed);
            boolean vaultsForPoints = feed == Feed.VAULTS && !readersOf(Feed.RECOVERY_POINTS).isEmpty();
            if (!readers.isEmpty() || vaultsForPoints) {
                read(feed, readers);
            }
            if (feed == Feed.RECOVERY_POINTS) {
                releaseRestores();
            }
        }
        List<ControlId> feedless = running.keySet().stream().filter(id -> id.feeds().isEmpty()).toList();
        if (!feedless.isEmpty() && deadline.expired()) {
            stop(feedless, ControlStatus.INCOMPLETE, "time budget ran out before the control ran");
        }
        for (Map.Entry<ControlId, ControlEvaluation> entry : new ArrayList<>(running.entrySet())) {
            try {
                done.put(entry.getKey(), entry.getValue().finish());
            } catch (RuntimeException e) {
                done.put(entry.getKey(), ControlResult.error(entry.getKey(), context.region(), reason(e)));
            }
        }
        List<ControlResult> results = new ArrayList<>();
        for (Control control : controls) {
            results.add(done.get(control.id()).named(
                    arn -> resourceNames.getOrDefault(arn, ResourceTypes.shortName(arn))).ranked(this::rank));
        }
        return new RegionResult(context.region(), results, stats, environments.stream()
                .map(DeploymentEnvironment::wireName).toList());
    }

    /**
     * Places a named finding in its environment (the resource's environment tag, else the environment its name
     * says, else the deployment's), weighs it and links it to the console.
     */
    private Finding rank(Finding finding) {
        DeploymentEnvironment environment = taggedEnvironments.get(finding.resourceArn());
        if (environment == null) {
            environment = EnvironmentNames.of(finding.resourceName(), context.settings().environment());
        }
        return finding.ranked(environment.wireName(), Weights.of(finding.severity(), environment, finding.rule()),
                ConsoleLinks.resource(context.region(), finding.resourceArn()));
    }

    /**
     * Hands the restore jobs held back for attribution to their readers, each with the protected resource of the
     * recovery point it restored: from the vault listing just read, else from DescribeRecoveryPoint (at most
     * {@link RestoreAttribution#MAX_DESCRIBES} calls), else unattributed (an empty resource).
     */
    private void releaseRestores() {
        List<ControlId> readers = readersOf(Feed.RESTORE_JOBS);
        for (JobRecord job : attribution.release(inventory)) {
            for (ControlId id : readers) {
                ControlEvaluation evaluation = running.get(id);
                if (evaluation != null) {
                    deliverIsolated(id, evaluation, job, ControlEvaluation::job);
                }
            }
        }
    }

    private List<ControlId> readersOf(Feed feed) {
        return running.keySet().stream().filter(id -> id.feeds().contains(feed)).toList();
    }

    private void read(Feed feed, List<ControlId> readers) {
        if (feed == Feed.RECOVERY_POINTS && !vaultFailure.isEmpty()) {
            stop(readers, ControlStatus.ERROR, "could not list backup vaults, so no recovery points: " + vaultFailure);
            return;
        }
        if (deadline.expired()) {
            stop(readers, ControlStatus.INCOMPLETE, "time budget ran out before reading " + describe(feed));
            stats.add(new FeedStats(feed, 0, 0, false));
            return;
        }
        long started = System.nanoTime();
        long[] items = {0};
        boolean complete;
        try {
            complete = stream(feed, readers, items);
        } catch (InventoryException e) {
            if (feed == Feed.VAULTS) {
                vaultFailure = e.getMessage();
            }
            stop(readers, ControlStatus.ERROR, "could not read " + describe(feed) + ": " + e.getMessage());
            complete = false;
        }
        if (!complete && deadline.expired()) {
            stop(readersOf(feed), ControlStatus.INCOMPLETE, "time budget ran out while reading " + describe(feed)
                    + " (" + items[0] + " read)");
        }
        stats.add(new FeedStats(feed, items[0], (System.nanoTime() - started) / 1_000_000, complete));
    }

    /** Streams one feed to its readers; false when the deadline stopped it. */
    private boolean stream(Feed feed, List<ControlId> readers, long[] items) {
        switch (feed) {
            case VAULTS:
                return pump(inventory.vaults(), readers, items, (e, vault) -> e.vault(vault), vault -> {
                    vaultNames.add(vault.name());
                    name(vault.arn(), vault.name());
                    named(vault.name());
                });
            case PLANS:
                return pump(inventory.plans(), readers, items, ControlEvaluation::plan, plan -> {
                    name(plan.arn(), plan.name());
                    named(plan.name());
                });
            case PROTECTED_RESOURCES:
                return pump(inventory.protectedResources(), readers, items, ControlEvaluation::protectedResource,
                        resource -> name(resource.arn(), resource.name()));
            case TAGGED_RESOURCES:
                return pump(catalog.resources(context.settings().coverageResourceTypes()), readers, items,
                        ControlEvaluation::taggedResource, this::tagged);
            case RESTORE_TESTING_PLANS:
                return pump(inventory.restoreTestingPlans(), readers, items, ControlEvaluation::restoreTestingPlan,
                        plan -> name(plan.arn(), plan.name()));
            case RECOVERY_POINTS:
                for (String vault : vaultNames) {
                    if (!pump(inventory.recoveryPoints(vault), readers, items, ControlEvaluation::recoveryPoint,
                            attribution::point)) {
                        return false;
                    }
                }
                return true;
            case SCAN_JOBS:
                return pump(inventory.scanJobs(context.window().historyStart()), readers, items,
                        ControlEvaluation::scanJob, item -> { });
            case BACKUP_JOBS:
                return jobs(JobKind.BACKUP, readers, items);
            case COPY_JOBS:
                return jobs(JobKind.COPY, readers, items);
            case RESTORE_JOBS:
                return jobs(JobKind.RESTORE, readers, items);
            default:
                throw new IllegalStateException("no reader for feed " + feed);
        }
    }

    private void tagged(TaggedResource resource) {
        name(resource.arn(), resource.tags().getOrDefault("Name", ""));
        String environment = resource.tags().get(context.settings().environmentTagKey());
        if (environment != null) {
            DeploymentEnvironment place = EnvironmentNames.of(environment, context.settings().environment());
            taggedEnvironments.put(resource.arn(), place);
            environments.add(place);
        }
    }

    /** Notes the environment a plan or vault name states (names that state none say nothing). */
    private void named(String name) {
        EnvironmentNames.stated(name).ifPresent(environments::add);
    }

    /** Remembers a resource's name for findings; blank names are ignored, the first name given wins. */
    private void name(String arn, String name) {
        if (!name.isBlank()) {
            resourceNames.putIfAbsent(arn, name);
        }
    }

    private boolean jobs(JobKind kind, List<ControlId> readers, long[] items) {
        Optional<Instant> after = kind == JobKind.RESTORE ? Optional.empty()
                : Optional.of(context.window().historyStart());
        boolean pointsFollow = kind == JobKind.RESTORE && !readersOf(Feed.RECOVERY_POINTS).isEmpty();
        for (Optional<String> account : accounts) {
            Stream<JobRecord> jobs = inventory.jobs(kind, new JobQuery(after, account));
            if (kind == JobKind.RESTORE) {
                jobs = jobs.filter(job -> {
                    boolean held = attribution.holds(job);
                    items[0] += held ? 1 : 0;
                    return !held;
                });
            }
            if (!pump(jobs, readers, items, ControlEvaluation::job, item -> { })) {
                return false;
            }
        }
        if (kind == JobKind.RESTORE && !pointsFollow) {
            releaseRestores();
        }
        return true;
    }

    private <T> boolean pump(Stream<T> source, List<ControlId> readers, long[] items,
                             BiConsumer<ControlEvaluation, T> deliver, Consumer<T> also) {
        try (source) {
            Iterator<T> iterator = source.iterator();
            while (true) {
                if (deadline.expired()) {
                    return false;
                }
                if (!iterator.hasNext()) {
                    return true;
                }
                T item = iterator.next();
                items[0]++;
                also.accept(item);
                for (ControlId id : readers) {
                    ControlEvaluation evaluation = running.get(id);
                    if (evaluation != null) {
                        deliverIsolated(id, evaluation, item, deliver);
                    }
                }
            }
        }
    }

    private <T> void deliverIsolated(ControlId id, ControlEvaluation evaluation, T item,
                                     BiConsumer<ControlEvaluation, T> deliver) {
        try {
            deliver.accept(evaluation, item);
        } catch (InventoryException e) {
            throw e;
        } catch (RuntimeException e) {
            running.remove(id);
            done.put(id, ControlResult.error(id, context.region(), reason(e)));
        }
    }

    private void stop(List<ControlId> readers, ControlStatus status, String why) {
        for (ControlId id : readers) {
            if (running.remove(id) != null) {
                done.put(id, status == ControlStatus.ERROR ? ControlResult.error(id, context.region(), why)
                        : ControlResult.incomplete(id, context.region(), why));
            }
        }
    }

    private static String describe(Feed feed) {
        return feed.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String reason(RuntimeException e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return "control failed with " + e.getClass().getSimpleName() + message;
    }
}
