package com.backupsentinel.usage;

import com.backupsentinel.usage.ObjectOutcome.Result;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Records a {@code terragrunt/<customer>/config.yaml} version by the MD5 of its bytes, first seen at the object's
 * last-modified time (the earliest sighting wins when events arrive out of order). The file is streamed through MD5
 * and never kept. A version stored (or moved earlier) is recorded as a {@code ConfigBackup.Recorded} audit event; a
 * version already known is not.
 */
final class ConfigBackupRecorder {

    private final ObjectStore objects;
    private final UsageStore store;
    private final Clock clock;
    private final UsageAudit audit;

    ConfigBackupRecorder(ObjectStore objects, UsageStore store, Clock clock, UsageAudit audit) {
        this.objects = Objects.requireNonNull(objects, "objects");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    ObjectOutcome record(IncomingObject object) {
        Instant started = clock.instant();
        String customer = ObjectKeys.configCustomer(object.key());
        Optional<String> problem = CustomerNames.problem(customer);
        if (problem.isPresent()) {
            return ObjectOutcome.of(object.key(), Result.IGNORED, "not a config backup: " + problem.get());
        }
        ObjectDigest digest = objects.md5(object.key());
        ConfigVersion version = new ConfigVersion(customer, digest.md5(), digest.lastModified(), object.key(),
                digest.versionId(), digest.size());
        boolean changed = store.recordConfigVersion(version);
        if (changed) {
            Instant recordedAt = clock.instant();
            audit.configRecorded(version, recordedAt, Duration.between(started, recordedAt));
        }
        String detail = customer + " config " + digest.md5();
        return ObjectOutcome.of(object.key(), changed ? Result.CONFIG_RECORDED : Result.DUPLICATE, detail);
    }
}
