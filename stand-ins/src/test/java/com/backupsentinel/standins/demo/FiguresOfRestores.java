package com.backupsentinel.standins.demo;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The oracle for RTO and restore testing, from the model. A restore counts for the protected resource of the point it
 * restored: AWS names it in SourceResourceArn only for some jobs, the others are attributed through the vault listing
 * (every demo restore restored a point still listed in its us-west-2 vault); the restored copy never counts.
 */
final class FiguresOfRestores {

    static final int RTO_MINUTES = 240;
    static final int RESTORE_TEST_MAX_AGE_DAYS = 10;

    private final DemoAccount account;
    private final Set<Demo.Resource> protectedResources;

    FiguresOfRestores(DemoAccount account, Set<Demo.Resource> protectedResources) {
        this.account = account;
        this.protectedResources = protectedResources;
    }

    /** The latest completed restore of each resource, by completion. */
    Map<Demo.Resource, Demo.RestoreJob> latestCompleted() {
        Map<Demo.Resource, Demo.RestoreJob> latest = new LinkedHashMap<>();
        account.restores.jobs.stream().filter(j -> j.status().equals("COMPLETED") && j.completed() != null)
                .sorted(Comparator.comparing(Demo.RestoreJob::completed))
                .forEach(job -> latest.put(job.point().resource(), job));
        return latest;
    }

    static double minutes(Duration duration) {
        return Math.round(duration.toSeconds() / 6.0) / 10.0;
    }

    ControlExpectation rto() {
        ControlExpectation expected = new ControlExpectation("rto");
        List<Demo.RestoreJob> jobs = account.restores.jobs;
        Map<Demo.Resource, Demo.RestoreJob> completed = latestCompleted();
        int exceeded = 0;
        int never = 0;
        int notCompleted = 0;
        double slowest = -1;
        for (Demo.Resource resource : protectedResources) {
            boolean any = jobs.stream().anyMatch(j -> j.point().resource() == resource);
            Demo.RestoreJob latest = completed.get(resource);
            if (!any) {
                never++;
                expected.finding("never_restore_tested", resource.name());
            } else if (latest == null) {
                notCompleted++;
                expected.finding("no_completed_restore", resource.name());
            } else {
                Duration took = Duration.between(latest.created(), latest.completed());
                slowest = Math.max(slowest, minutes(took));
                if (took.compareTo(Duration.ofMinutes(RTO_MINUTES)) > 0) {
                    exceeded++;
                    expected.finding("rto_target", resource.name());
                }
            }
        }
        long restored = jobs.stream().map(j -> j.point().resource()).distinct().filter(protectedResources::contains)
                .count();
        long testing = jobs.stream().filter(j -> j.testingPlanArn() != null && j.status().equals("COMPLETED"))
                .map(j -> j.point().resource()).distinct().filter(protectedResources::contains).count();
        long bySource = jobs.stream().filter(Demo.RestoreJob::sourceListed).count();
        expected.figure("protectedResources", protectedResources.size()).figure("restoredResources", restored)
                .figure("restoreCompletedResources", completed.keySet().stream()
                        .filter(protectedResources::contains).count())
                .figure("restoreTestingResources", testing).figure("neverRestoreTested", never)
                .figure("noCompletedRestore", notCompleted).figure("rtoExceeded", exceeded)
                .figure("restoresAttributedBySourceArn", bySource)
                .figure("restoresAttributedByVaultListing", jobs.size() - bySource)
                .figure("restoresAttributedByDescribe", 0).figure("restoresNotAttributed", 0)
                .figure("restoredResourcesNotProtectedHere", jobs.stream().map(j -> j.point().resource()).distinct()
                        .filter(r -> !protectedResources.contains(r)).count());
        if (slowest >= 0) {
            expected.figure("slowestRestoreMinutes", slowest);
        }
        return expected;
    }

    /** Each tested resource's latest restore test, by creation. */
    Map<Demo.Resource, Demo.RestoreJob> latestTests() {
        Map<Demo.Resource, Demo.RestoreJob> latest = new LinkedHashMap<>();
        account.restores.jobs.stream().filter(j -> j.testingPlanArn() != null)
                .sorted(Comparator.comparing(Demo.RestoreJob::created))
                .forEach(job -> latest.put(job.point().resource(), job));
        return latest;
    }

    ControlExpectation restoreTesting() {
        ControlExpectation expected = new ControlExpectation("restore_testing");
        expected.finding("restore_testing_plan_without_selections", DemoRestores.MONTHLY_PLAN_NAME);
        expected.finding("restore_testing_plan_not_running", DemoRestores.MONTHLY_PLAN_NAME);
        boolean weeklyIdle = Duration.between(DemoRestores.WEEKLY_LAST_EXECUTION, Demo.EXPORTED_AT)
                .compareTo(Duration.ofDays(RESTORE_TEST_MAX_AGE_DAYS)) > 0;
        if (weeklyIdle) {
            expected.finding("restore_testing_plan_not_running", DemoRestores.TESTING_PLAN_NAME);
        }
        long passed = 0;
        long failed = 0;
        long pending = 0;
        long tooOld = 0;
        long oldest = 0;
        Map<Demo.Resource, Demo.RestoreJob> latest = latestTests();
        for (Map.Entry<Demo.Resource, Demo.RestoreJob> entry : latest.entrySet()) {
            Demo.RestoreJob test = entry.getValue();
            String name = entry.getKey().name();
            if (test.completed() != null && !test.status().equals("COMPLETED")) {
                expected.finding("restore_test_failed", name);
            } else if ("FAILED".equals(test.validation()) || "TIMED_OUT".equals(test.validation())) {
                failed++;
                expected.finding("restore_test_validation_failed", name);
            } else if ("SUCCESSFUL".equals(test.validation())) {
                passed++;
            } else {
                pending++;
            }
            Duration age = Duration.between(test.created(), Demo.EXPORTED_AT);
            oldest = Math.max(oldest, age.toDays());
            if (age.compareTo(Duration.ofDays(RESTORE_TEST_MAX_AGE_DAYS)) > 0) {
                tooOld++;
                expected.finding("restore_test_too_old", name);
            }
        }
        return expected.figure("restoreTestingPlans", 2).figure("plansNotRunning", weeklyIdle ? 2 : 1)
                .figure("testedResources", latest.size()).figure("validationSucceeded", passed)
                .figure("validationFailed", failed).figure("validationPending", pending).figure("testsTooOld", tooOld)
                .figure("oldestLatestTestAgeDays", oldest);
    }
}
