package com.backupsentinel.orgvalidation.shard;

import com.backupsentinel.shared.member.MemberCredentials;
import com.backupsentinel.validator.ValidationOutcome;
import com.backupsentinel.validator.controls.Deadline;

/** Runs the validator's controls in one member account and region, with that account's role credentials. */
@FunctionalInterface
public interface MemberValidation {

    /**
     * Evaluates every control of the single-account validator (S3 backup sources aside: those are the central
     * account's) in {@code request}'s account and region and writes the reports under the shard's folder.
     */
    ValidationOutcome validate(ShardRequest request, MemberCredentials credentials, String requestId,
                               Deadline deadline);
}
