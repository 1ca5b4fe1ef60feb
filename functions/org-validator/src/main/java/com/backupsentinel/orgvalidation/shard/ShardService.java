package com.backupsentinel.orgvalidation.shard;

import static com.backupsentinel.shared.logging.StructuredArguments.entry;

import com.backupsentinel.shared.member.MemberAccessException;
import com.backupsentinel.shared.member.MemberCredentials;
import com.backupsentinel.shared.member.MemberRoles;
import com.backupsentinel.shared.metrics.MetricsRecorder;
import com.backupsentinel.validator.ValidationOutcome;
import com.backupsentinel.validator.controls.ControlStatus;
import com.backupsentinel.validator.controls.Deadline;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One shard of an org run: assumes the member account's read-only role, runs the validator's controls there in one
 * region, and answers the {@link ShardSummary}. A role that cannot be assumed (not deployed in that account, trust or
 * external id mismatch) is that shard's ERROR, not a failed invocation: retrying would not help, and the run goes on.
 * Anything else that fails (the report bucket unwritable, a defect) fails the invocation, for the state machine's
 * Retry and then its Catch.
 */
public final class ShardService {

    static final String SHARDS = "OrgShards";
    static final String SHARD_ERRORS = "OrgShardErrors";
    private static final Logger LOG = LoggerFactory.getLogger(ShardService.class);

    private final MemberRoles roles;
    private final MemberValidation validation;
    private final MetricsRecorder metrics;

    public ShardService(MemberRoles roles, MemberValidation validation, MetricsRecorder metrics) {
        this.roles = Objects.requireNonNull(roles, "roles");
        this.validation = Objects.requireNonNull(validation, "validation");
        this.metrics = Objects.requireNonNull(metrics, "metrics");
    }

    public ShardSummary run(ShardRequest request, String requestId, Deadline deadline) {
        long started = System.nanoTime();
        LOG.info("Shard started", entry("accountId", request.accountId()), entry("region", request.region()),
                entry("runId", request.run().runId()));
        MemberCredentials credentials;
        try {
            credentials = roles.assume(request.accountId(), request.sessionName());
        } catch (MemberAccessException e) {
            LOG.warn("Member role not assumable: the shard reports ERROR", entry("accountId", request.accountId()),
                    entry("region", request.region()), entry("errorCode", e.errorCode()),
                    entry("reason", e.getMessage()));
            return counted(ShardSummary.error(request, e.getMessage(), millisSince(started)));
        }
        ValidationOutcome outcome = validation.validate(request, credentials, requestId, deadline);
        ShardSummary summary = ShardSummary.of(request, outcome.report(), outcome.links(), millisSince(started));
        LOG.info("Shard finished", entry("accountId", request.accountId()), entry("region", request.region()),
                entry("status", summary.status().name()), entry("findings", summary.findings()),
                entry("report", outcome.links().json()));
        return counted(summary);
    }

    private ShardSummary counted(ShardSummary summary) {
        metrics.count(SHARDS, 1, Map.of());
        metrics.count(SHARD_ERRORS, summary.status() == ControlStatus.ERROR ? 1 : 0, Map.of());
        return summary;
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
