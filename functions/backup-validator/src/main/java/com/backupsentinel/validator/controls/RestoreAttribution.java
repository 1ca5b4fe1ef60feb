package com.backupsentinel.validator.controls;

import com.backupsentinel.validator.inventory.BackupInventory;
import com.backupsentinel.validator.inventory.JobDetails;
import com.backupsentinel.validator.inventory.JobKind;
import com.backupsentinel.validator.inventory.JobRecord;
import com.backupsentinel.validator.inventory.RecoveryPointRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names the protected resource of restore jobs that AWS lists without SourceResourceArn (it fills it only for some
 * resource types and recent jobs): such a job is held back, the recovery point it restored is looked for in the vault
 * listing as it streams by, and what is still unknown is asked of DescribeRecoveryPoint, at most
 * {@value #MAX_DESCRIBES} points per region. The restored copy (CreatedResourceArn) is never taken for the resource.
 * Only the held-back jobs and their point ARNs are kept: a handful, whatever the vaults hold.
 */
final class RestoreAttribution {

    static final int MAX_DESCRIBES = 50;

    private final List<JobRecord> held = new ArrayList<>();
    private final Map<String, String[]> resources = new HashMap<>();

    /** True (and keeps the job) when it is a restore job whose protected resource AWS did not name. */
    boolean holds(JobRecord job) {
        if (job.kind() != JobKind.RESTORE || !job.resourceArn().isBlank()
                || job.details().recoveryPointArn().isBlank()) {
            return false;
        }
        held.add(job);
        resources.putIfAbsent(job.details().recoveryPointArn(), null);
        return true;
    }

    /** A recovery point of the vault listing: names the resource of held jobs that restored it. */
    void point(RecoveryPointRecord point) {
        if (!held.isEmpty() && resources.containsKey(point.arn()) && resources.get(point.arn()) == null) {
            resources.put(point.arn(), new String[] {point.resourceArn(), point.resourceType(),
                JobDetails.FROM_VAULT_LISTING});
        }
    }

    /** The held jobs, attributed where possible; empties the hold. */
    List<JobRecord> release(BackupInventory inventory) {
        Map<String, String> unresolved = new LinkedHashMap<>();
        for (JobRecord job : held) {
            if (resources.get(job.details().recoveryPointArn()) == null) {
                unresolved.putIfAbsent(job.details().recoveryPointArn(), job.vaultName());
            }
        }
        int asked = 0;
        for (Map.Entry<String, String> point : unresolved.entrySet()) {
            if (asked++ >= MAX_DESCRIBES || point.getValue().isBlank()) {
                continue;
            }
            Optional<RecoveryPointRecord> described = inventory.recoveryPoint(point.getValue(), point.getKey());
            described.filter(p -> !p.resourceArn().isBlank()).ifPresent(p -> resources.put(point.getKey(),
                    new String[] {p.resourceArn(), p.resourceType(), JobDetails.FROM_DESCRIBE}));
        }
        List<JobRecord> released = new ArrayList<>();
        for (JobRecord job : held) {
            String[] found = resources.get(job.details().recoveryPointArn());
            released.add(found == null ? job : job.attributedTo(found[0], found[1], found[2]));
        }
        held.clear();
        resources.clear();
        return released;
    }
}
