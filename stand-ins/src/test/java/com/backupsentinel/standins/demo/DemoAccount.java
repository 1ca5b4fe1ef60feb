package com.backupsentinel.standins.demo;

import java.util.List;

/** The whole demo account, generated deterministically from one seed. */
final class DemoAccount {

    static final long SEED = 20261122L;

    final List<Demo.Resource> resources;
    final DemoPlans plans;
    final DemoHistory history;
    final DemoRestores restores;
    final DemoScans scans;

    private DemoAccount(List<Demo.Resource> resources, DemoPlans plans, DemoHistory history, DemoRestores restores) {
        this.resources = resources;
        this.plans = plans;
        this.history = history;
        this.restores = restores;
        this.scans = new DemoScans(history.points);
    }

    static DemoAccount generate() {
        DemoIds ids = new DemoIds(SEED);
        List<Demo.Resource> resources = DemoResources.create(ids);
        DemoPlans plans = new DemoPlans(ids, resources);
        DemoHistory history = new DemoHistory(ids, plans, resources);
        DemoRestores restores = new DemoRestores(ids, resources, history.points);
        return new DemoAccount(resources, plans, history, restores);
    }

    /** Resources some selection of some plan picks. */
    List<Demo.Resource> selected() {
        return resources.stream().filter(r -> plans.planOf(r) != null).toList();
    }
}
