package com.backupsentinel.validator.controls;

import com.backupsentinel.validator.inventory.JobRecord;
import com.backupsentinel.validator.inventory.PlanRecord;
import com.backupsentinel.validator.inventory.ProtectedResourceRecord;
import com.backupsentinel.validator.inventory.RecoveryPointRecord;
import com.backupsentinel.validator.inventory.RestoreTestingPlanRecord;
import com.backupsentinel.validator.inventory.ScanJobRecord;
import com.backupsentinel.validator.inventory.TaggedResource;
import com.backupsentinel.validator.inventory.VaultRecord;

/**
 * One control evaluating one region: it is handed every item of the feeds it declared, one at a time as pages
 * arrive, keeps only aggregates, and gives its result at the end.
 */
public interface ControlEvaluation {

    default void vault(VaultRecord vault) {
    }

    default void plan(PlanRecord plan) {
    }

    default void protectedResource(ProtectedResourceRecord resource) {
    }

    default void taggedResource(TaggedResource resource) {
    }

    default void recoveryPoint(RecoveryPointRecord point) {
    }

    /** A backup, copy or restore job, for the job feeds the control declared. */
    default void job(JobRecord job) {
    }

    /** A malware scan job. */
    default void scanJob(ScanJobRecord job) {
    }

    /** A restore testing plan. */
    default void restoreTestingPlan(RestoreTestingPlanRecord plan) {
    }

    ControlResult finish();
}
