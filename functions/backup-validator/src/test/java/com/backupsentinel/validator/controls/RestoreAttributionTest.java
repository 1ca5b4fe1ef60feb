package com.backupsentinel.validator.controls;

import static com.backupsentinel.validator.controls.Fixtures.arn;
import static com.backupsentinel.validator.controls.Fixtures.context;
import static com.backupsentinel.validator.controls.Fixtures.point;
import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.validator.inventory.JobDetails;
import com.backupsentinel.validator.inventory.JobKind;
import com.backupsentinel.validator.inventory.JobRecord;
import com.backupsentinel.validator.inventory.ProtectedResourceRecord;
import com.backupsentinel.validator.inventory.RecoveryPointRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Restore jobs AWS lists without SourceResourceArn count for the protected resource of the recovery point they
 * restored (from the vault listing, else DescribeRecoveryPoint), never for the restored copy.
 */
class RestoreAttributionTest {

    private static final String POINT_PREFIX = "arn:aws:backup:us-west-2:123456789012:recovery-point:";

    private final InMemoryInventory inventory = new InMemoryInventory();

    private static JobRecord restore(String id, String source, String pointId, String created, long minutes) {
        Instant start = Fixtures.NOW.minus(Duration.ofHours(Long.parseLong(created)));
        return new JobRecord(JobKind.RESTORE, id, Fixtures.ACCOUNT, source, "", "vault-a", "COMPLETED", "", "",
                start, Optional.of(start.plus(Duration.ofMinutes(minutes))), "", "",
                new JobDetails("", "", POINT_PREFIX + pointId, arn("RDS", "users-db-restored"), "", ""));
    }

    private ControlResult rto() {
        RegionResult region = new RegionEvaluator(inventory, inventory, context(), List.of(Optional.empty()),
                Deadline.none()).evaluate(Controls.only(Set.of(ControlId.RTO)));
        return region.controls().get(0);
    }

    @Test
    void aRestoreWithoutSourceResourceArnCountsForTheResourceOfTheRestoredPointNotTheRestoredCopy() {
        inventory.vaults.add(Fixtures.vault("vault-a", "CUSTOMER_MANAGED_KMS_KEY", false, null));
        inventory.protectedResources.add(new ProtectedResourceRecord(arn("RDS", "users-db"), "RDS", "users-db",
                Optional.empty()));
        inventory.points.add(new RecoveryPointRecord(POINT_PREFIX + "p1", "vault-a", arn("RDS", "users-db"), "RDS",
                "COMPLETED", "", Fixtures.NOW.minus(Duration.ofDays(2)), Optional.empty(), true, "k",
                "CUSTOMER_MANAGED_KMS_KEY", OptionalLong.of(35), Optional.empty()));
        inventory.jobs.add(restore("slow", "", "p1", "30", 300));

        ControlResult result = rto();

        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.resourceArn()).isEqualTo(arn("RDS", "users-db"));
            assertThat(finding.rule()).isEqualTo("rto_target");
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        });
        assertThat(result.resources()).extracting(ResourceVerdict::resourceArn)
                .containsExactly(arn("RDS", "users-db"));
        assertThat(result.figures()).containsEntry("protectedResources", 1).containsEntry("neverRestoreTested", 0)
                .containsEntry("restoresAttributedByVaultListing", 1L).containsEntry("restoresNotAttributed", 0L)
                .containsEntry("restoredResourcesNotProtectedHere", 0);
    }

    @Test
    void asksDescribeRecoveryPointForPointsTheVaultNoLongerListsAndCountsWhatNobodyCanName() {
        inventory.vaults.add(Fixtures.vault("vault-a", "CUSTOMER_MANAGED_KMS_KEY", false, null));
        inventory.points.add(point("listed", arn("EBS", "vol-1"), "COMPLETED", 10, true, OptionalLong.of(35)));
        inventory.describable.add(point("gone", arn("EBS", "vol-2"), "COMPLETED", 400, true, OptionalLong.of(35)));
        inventory.jobs.add(restore("by-source", arn("EBS", "vol-1"), "listed", "5", 10));
        inventory.jobs.add(restore("by-describe", "", "gone", "6", 20));
        inventory.jobs.add(restore("unknown", "", "nowhere", "7", 20));

        ControlResult result = rto();

        assertThat(result.figures()).containsEntry("restoresAttributedBySourceArn", 1L)
                .containsEntry("restoresAttributedByDescribe", 1L).containsEntry("restoresNotAttributed", 1L)
                .containsEntry("restoreCompletedResources", 1).containsEntry("restoredResourcesNotProtectedHere", 1);
        assertThat(inventory.opened("describeRecoveryPoint")).as("one DescribeRecoveryPoint per unlisted point")
                .isEqualTo(2);
        assertThat(result.resources()).extracting(ResourceVerdict::resourceArn)
                .doesNotContain(arn("RDS", "users-db-restored"));
    }
}
