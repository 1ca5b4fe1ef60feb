package com.backupsentinel.validator.controls;

import static com.backupsentinel.validator.controls.Fixtures.arn;
import static com.backupsentinel.validator.controls.Fixtures.backup;
import static com.backupsentinel.validator.controls.Fixtures.context;
import static com.backupsentinel.validator.controls.Fixtures.point;
import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.validator.inventory.JobKind;
import com.backupsentinel.validator.inventory.JobQuery;
import com.backupsentinel.validator.inventory.JobRecord;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RegionEvaluatorTest {

    private final InMemoryInventory inventory = new InMemoryInventory();

    private RegionResult evaluate(List<Control> controls, Deadline deadline) {
        return new RegionEvaluator(inventory, inventory, context(), List.of(Optional.empty()), deadline)
                .evaluate(controls);
    }

    private static ControlResult result(RegionResult region, ControlId id) {
        return region.controls().stream().filter(r -> r.control() == id).findFirst().orElseThrow();
    }

    @Test
    void readsEachFeedOnceWhateverTheNumberOfControlsReadingIt() {
        inventory.vaults.add(Fixtures.vault("vault-a", "CUSTOMER_MANAGED_KMS_KEY", false, null));
        inventory.points.add(point("p", arn("EBS", "vol-1"), "COMPLETED", 3, true, OptionalLong.of(35)));
        inventory.jobs.add(backup("b", "vol-1", "COMPLETED", 3, 10));

        RegionResult region = evaluate(Controls.all(), Deadline.none());

        assertThat(region.controls()).extracting(ControlResult::control).containsExactly(ControlId.JOB_OUTCOMES,
                ControlId.STUCK_JOBS, ControlId.RECOVERY_POINT_INTEGRITY, ControlId.MALWARE_SCANS, ControlId.RPO,
                ControlId.RTO, ControlId.RESTORE_TESTING, ControlId.COVERAGE, ControlId.PLAN_POLICY,
                ControlId.VAULT_PROTECTION, ControlId.COPIES);
        assertThat(inventory.opened("scanJobs")).isEqualTo(1);
        assertThat(inventory.opened("restoreTestingPlans")).isEqualTo(1);
        assertThat(inventory.opened("vaults")).isEqualTo(1);
        assertThat(inventory.opened("recoveryPoints")).isEqualTo(1);
        assertThat(inventory.opened("jobs:BACKUP")).isEqualTo(1);
        assertThat(inventory.opened("jobs:RESTORE")).isEqualTo(1);
        assertThat(region.feeds()).extracting(FeedStats::feed).containsExactly(Feed.values());
        assertThat(region.complete()).isTrue();
    }

    @Test
    void readsOnlyTheFeedsTheSelectedControlsNeed() {
        RegionResult region = evaluate(Controls.only(Set.of(ControlId.RPO)), Deadline.none());

        assertThat(region.feeds()).extracting(FeedStats::feed)
                .containsExactly(Feed.VAULTS, Feed.PROTECTED_RESOURCES, Feed.RECOVERY_POINTS);
        assertThat(inventory.opened("jobs:BACKUP")).isZero();
        assertThat(inventory.opened("tagged")).isZero();
    }

    @Test
    void listsBackupAndCopyJobsOverTheHistoryAndRestoreJobsAsFarBackAsAwsKeepsThem() {
        evaluate(Controls.only(Set.of(ControlId.JOB_OUTCOMES)), Deadline.none());

        assertThat(inventory.jobQueries).containsExactly(new JobQuery(Optional.empty(), Optional.empty()),
                new JobQuery(Optional.of(Fixtures.NOW.minus(Duration.ofDays(14))), Optional.empty()),
                new JobQuery(Optional.of(Fixtures.NOW.minus(Duration.ofDays(14))), Optional.empty()));
    }

    @Test
    void aControlThatThrowsBecomesAnErrorAndTheOthersStillRun() {
        inventory.jobs.add(backup("b", "vol-1", "FAILED", 3, 10));
        Control broken = new Control() {
            @Override
            public ControlId id() {
                return ControlId.STUCK_JOBS;
            }

            @Override
            public ControlEvaluation start(ControlContext context) {
                return new ControlEvaluation() {
                    @Override
                    public void job(JobRecord job) {
                        throw new IllegalStateException("median table corrupt");
                    }

                    @Override
                    public ControlResult finish() {
                        throw new AssertionError("never finished after failing");
                    }
                };
            }
        };

        RegionResult region = evaluate(List.of(new JobOutcomesControl(), broken), Deadline.none());

        assertThat(result(region, ControlId.STUCK_JOBS)).isEqualTo(ControlResult.error(ControlId.STUCK_JOBS,
                "us-west-2", "control failed with IllegalStateException: median table corrupt"));
        assertThat(result(region, ControlId.JOB_OUTCOMES).status()).isEqualTo(ControlStatus.NON_COMPLIANT);
    }

    @Test
    void aFeedThatCannotBeReadMakesItsReadersErrorsWithTheReason() {
        inventory.failing("jobs:COPY", "ListCopyJobs failed with AccessDeniedException (HTTP 403): not authorized");
        inventory.vaults.add(Fixtures.vault("vault-a", "CUSTOMER_MANAGED_KMS_KEY", false, null));

        RegionResult region = evaluate(Controls.all(), Deadline.none());

        String reason = "could not read copy jobs: ListCopyJobs failed with AccessDeniedException (HTTP 403):"
                + " not authorized";
        assertThat(result(region, ControlId.JOB_OUTCOMES)).isEqualTo(ControlResult.error(ControlId.JOB_OUTCOMES,
                "us-west-2", reason));
        assertThat(result(region, ControlId.STUCK_JOBS).reason()).isEqualTo(reason);
        assertThat(result(region, ControlId.COPIES).reason()).isEqualTo(reason);
        assertThat(region.controls()).filteredOn(r -> r.status() == ControlStatus.ERROR).hasSize(3);
        assertThat(result(region, ControlId.RTO).status()).isEqualTo(ControlStatus.COMPLIANT);
    }

    @Test
    void vaultsThatCannotBeListedLeaveNoRecoveryPointsToRead() {
        inventory.failing("vaults", "ListBackupVaults failed with ThrottlingException (HTTP 400): Rate exceeded");

        RegionResult region = evaluate(Controls.only(Set.of(ControlId.RPO, ControlId.PLAN_POLICY)),
                Deadline.none());

        assertThat(result(region, ControlId.RPO).reason()).isEqualTo("could not read vaults: ListBackupVaults failed"
                + " with ThrottlingException (HTTP 400): Rate exceeded");
        assertThat(result(region, ControlId.PLAN_POLICY).status()).isEqualTo(ControlStatus.COMPLIANT);
    }

    @Test
    void stopsReadingAtTheDeadlineAndMarksTheControlsStillWaitingIncomplete() {
        for (int i = 0; i < 50; i++) {
            inventory.jobs.add(backup("b" + i, "vol-" + i, "COMPLETED", 3, 10));
        }
        AtomicInteger checks = new AtomicInteger();
        Deadline afterTwentyChecks = () -> checks.incrementAndGet() > 20;

        RegionResult region = evaluate(Controls.only(Set.of(ControlId.PLAN_POLICY, ControlId.JOB_OUTCOMES,
                ControlId.RTO)), afterTwentyChecks);

        assertThat(result(region, ControlId.PLAN_POLICY).status()).isEqualTo(ControlStatus.COMPLIANT);
        ControlResult outcomes = result(region, ControlId.JOB_OUTCOMES);
        assertThat(outcomes.status()).isEqualTo(ControlStatus.INCOMPLETE);
        assertThat(outcomes.reason()).startsWith("time budget ran out while reading backup jobs (");
        assertThat(result(region, ControlId.RTO).status()).as("restore jobs are read before backup jobs")
                .isEqualTo(ControlStatus.COMPLIANT);
        assertThat(region.complete()).isFalse();
        assertThat(inventory.opened("jobs:COPY")).isZero();
        assertThat(JobKind.values()).hasSize(3);
    }
}
