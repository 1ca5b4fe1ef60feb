package com.backupsentinel.validator.controls;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The eleven controls that read the AWS Backup feeds, in report order. The twelfth, S3 backup sources, needs the S3
 * store and its sources, so ValidationService adds it after these.
 */
public final class Controls {

    private static final List<Control> ALL = List.of(new JobOutcomesControl(), new StuckJobsControl(),
            new RecoveryPointIntegrityControl(), new MalwareScansControl(), new RpoControl(), new RtoControl(),
            new RestoreTestingControl(), new CoverageControl(), new PlanPolicyControl(), new VaultProtectionControl(),
            new CopiesControl());

    private Controls() {
    }

    public static List<Control> all() {
        return ALL;
    }

    /** The controls whose ids are given, in report order. */
    public static List<Control> only(Set<ControlId> ids) {
        return ALL.stream().filter(control -> ids.contains(control.id())).collect(Collectors.toUnmodifiableList());
    }
}
