package com.backupsentinel.validator.controls;

import static com.backupsentinel.validator.controls.Fixtures.arn;
import static com.backupsentinel.validator.controls.Fixtures.context;
import static com.backupsentinel.validator.controls.Fixtures.point;
import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.validator.inventory.ProtectedResourceRecord;
import com.backupsentinel.validator.inventory.RecoveryPointRecord;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RpoControlTest {

    private static ControlResult run(List<ProtectedResourceRecord> resources, RecoveryPointRecord... points) {
        ControlEvaluation evaluation = new RpoControl().start(context());
        resources.forEach(evaluation::protectedResource);
        for (RecoveryPointRecord point : points) {
            evaluation.recoveryPoint(point);
        }
        return evaluation.finish();
    }

    private static ProtectedResourceRecord resource(String name) {
        return new ProtectedResourceRecord(arn("EBS", name), "EBS", name, Optional.empty());
    }

    @Test
    void judgesTheNewestUsablePointOfEachProtectedResource() {
        ControlResult result = run(List.of(resource("vol-1"), resource("vol-2"), resource("vol-3")),
                point("a", arn("EBS", "vol-1"), "COMPLETED", 50, true, OptionalLong.of(35)),
                point("b", arn("EBS", "vol-1"), "COMPLETED", 10, true, OptionalLong.of(35)),
                point("c", arn("EBS", "vol-2"), "COMPLETED", 40, true, OptionalLong.of(35)),
                point("d", arn("EBS", "vol-2"), "PARTIAL", 2, true, OptionalLong.of(35)));

        assertThat(result.figures()).containsEntry("protectedResources", 3).containsEntry("withinTarget", 1)
                .containsEntry("breached", 2).containsEntry("withoutRecoveryPoint", 1)
                .containsEntry("oldestAgeHours", 40.0);
        assertThat(result.findings()).containsExactly(
                new Finding(ControlId.RPO, "us-west-2", "123456789012", arn("EBS", "vol-2"), "", "EBS", "rpo_target",
                        "newest recovery point is 40.0 h old (2026-11-20T14:00:00Z)", "at most 24 h", Severity.ERROR),
                new Finding(ControlId.RPO, "us-west-2", "123456789012", arn("EBS", "vol-3"), "", "EBS", "rpo_target",
                        "no usable recovery point", "newest recovery point at most 24 h old", Severity.ERROR));
        RpoAges ages = (RpoAges) result.details();
        assertThat(ages.resources()).containsExactly(new RpoAge(arn("EBS", "vol-3"), "vol-3", "EBS", null, true),
                new RpoAge(arn("EBS", "vol-2"), "vol-2", "EBS", 40.0, true),
                new RpoAge(arn("EBS", "vol-1"), "vol-1", "EBS", 10.0, false));
    }

    @Test
    void aResourceWithRecoveryPointsCountsAsProtectedEvenIfNotListed() {
        ControlResult result = run(List.of(), point("a", arn("EBS", "vol-9"), "COMPLETED", 3, true,
                OptionalLong.of(35)));

        assertThat(result.status()).isEqualTo(ControlStatus.COMPLIANT);
        assertThat(result.compliantResources()).isEqualTo(1);
    }

    @Test
    void nothingProtectedMeansNothingToJudge() {
        ControlResult result = run(List.of());

        assertThat(result.status()).isEqualTo(ControlStatus.COMPLIANT);
        assertThat(result.figures()).containsEntry("protectedResources", 0).doesNotContainKey("oldestAgeHours");
    }
}
