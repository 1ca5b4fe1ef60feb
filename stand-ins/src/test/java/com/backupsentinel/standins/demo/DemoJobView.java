package com.backupsentinel.standins.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A backup, copy or restore job of the demo as the validator sees it: its kind, the protected resource it counts for
 * (a restore job's restored point's resource, however AWS names it), its state and how it ended.
 *
 * @param rule the plan rule of a scheduled backup job, else null
 */
record DemoJobView(String kind, String id, Demo.Resource resource, String state, String category, String message,
                   Instant created, Instant completed, Demo.Rule rule) {

    private static final Set<String> ACTIVE = Set.of("CREATED", "PENDING", "RUNNING", "ABORTING");

    static List<DemoJobView> of(DemoAccount account) {
        List<DemoJobView> jobs = new ArrayList<>();
        account.history.backupJobs.forEach(j -> jobs.add(new DemoJobView("backup", j.id(), j.resource(), j.state(),
                j.category(), j.statusMessage(), j.created(), j.completed(), j.rule())));
        account.history.copyJobs.forEach(j -> jobs.add(new DemoJobView("copy", j.id(), j.source().resource(), j.state(),
                j.category(), j.statusMessage(), j.created(), j.completed(), null)));
        account.restores.jobs.forEach(j -> jobs.add(new DemoJobView("restore", j.id(), j.point().resource(), j.status(),
                null, j.statusMessage(), j.created(), j.completed(), null)));
        return jobs;
    }

    boolean active() {
        return ACTIVE.contains(state);
    }

    boolean completedState() {
        return state.equals("COMPLETED");
    }

    /** AWS's "completed with issues": COMPLETED with a MessageCategory other than SUCCESS (or a message and none). */
    boolean withIssues() {
        return completedState() && (category == null ? message != null : !category.equals("SUCCESS"));
    }

    Duration runTime(Instant now) {
        return Duration.between(created, completed == null ? now : completed);
    }
}
