package com.backupsentinel.usage;

import com.backupsentinel.usage.ObjectOutcome.Result;
import com.backupsentinel.usage.ProcessedObject.Outcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Ingests one object under {@code usage-logs/}: skip it when this key and ETag were processed before, validate it
 * (key, size, JSON, fields), quarantine it when invalid, otherwise store the deployment and offer it as the row of its
 * (date, customer, user). The ledger entry is written last, so a failure part-way is retried in full by the next
 * delivery, and every step before it is idempotent. Only the delivery whose ledger write was the first for this key
 * and ETag records the audit event ({@code UsageLog.Ingested} or {@code UsageLog.Quarantined}), stamped with the
 * ledger's time, so a redelivery never records it twice.
 */
final class UsageLogIngestion {

    static final String UNKNOWN_ETAG = "unknown";

    private final ObjectStore objects;
    private final UsageStore store;
    private final Quarantine quarantine;
    private final UsageLogParser parser;
    private final Clock clock;
    private final long maxBytes;
    private final UsageAudit audit;

    UsageLogIngestion(ObjectStore objects, UsageStore store, Clock clock, long maxBytes, UsageAudit audit) {
        this.objects = Objects.requireNonNull(objects, "objects");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.quarantine = new Quarantine(objects, clock);
        this.parser = new UsageLogParser(clock);
        this.maxBytes = maxBytes;
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    ObjectOutcome ingest(IncomingObject object) {
        Instant started = clock.instant();
        Optional<ProcessedObject> seen = store.processedObject(object.key());
        if (object.etag().isPresent() && alreadyProcessed(seen, object.etag().get())) {
            return duplicate(object.key(), seen.get());
        }
        String eventEtag = object.etag().orElse(UNKNOWN_ETAG);
        UsageLogKey key;
        try {
            key = UsageLogKey.parse(object.key());
        } catch (InvalidUsageLogException problem) {
            return quarantine(object, eventEtag, object.size(), problem, started);
        }
        if (object.size().isPresent() && object.size().getAsLong() > maxBytes) {
            return quarantine(object, eventEtag, object.size(), tooLarge(object.size().getAsLong()), started);
        }
        FetchedObject fetched = objects.fetch(object.key(), maxBytes);
        if (object.etag().isEmpty() && alreadyProcessed(seen, fetched.etag())) {
            return duplicate(object.key(), seen.get());
        }
        OptionalLong size = OptionalLong.of(fetched.size());
        if (fetched.content().isEmpty()) {
            return quarantine(object, fetched.etag(), size, tooLarge(fetched.size()), started);
        }
        UsageLog log;
        try {
            log = parser.parse(key, fetched.content().get());
        } catch (InvalidUsageLogException problem) {
            return quarantine(object, fetched.etag(), size, problem, started);
        }
        Deployment deployment = new Deployment(key, fetched.etag(), log);
        store.saveDeployment(deployment);
        boolean latest = store.offerLatest(deployment);
        Instant processedAt = clock.instant();
        boolean first = store.markProcessed(new ProcessedObject(object.key(), fetched.etag(), Outcome.INGESTED,
                Optional.empty(), processedAt));
        if (first) {
            audit.ingested(object.key(), fetched.etag(), log, processedAt, Duration.between(started, processedAt));
        }
        String detail = log.date() + " " + log.customer() + " " + log.user()
                + (latest ? " (now the last deployment of that day)" : " (not after the stored row of that day)");
        return ObjectOutcome.of(object.key(), first ? Result.INGESTED : Result.DUPLICATE, detail);
    }

    private ObjectOutcome quarantine(IncomingObject object, String etag, OptionalLong size,
                                     InvalidUsageLogException problem, Instant started) {
        quarantine.isolate(object, etag, size, problem);
        Instant processedAt = clock.instant();
        boolean first = store.markProcessed(new ProcessedObject(object.key(), etag, Outcome.QUARANTINED,
                Optional.of(problem.reason()), processedAt));
        if (!first) {
            return ObjectOutcome.of(object.key(), Result.DUPLICATE, "quarantined before: " + problem.getMessage());
        }
        audit.quarantined(object.key(), etag, problem.reason(), processedAt, Duration.between(started, processedAt));
        return ObjectOutcome.quarantined(object.key(), problem);
    }

    private InvalidUsageLogException tooLarge(long size) {
        return new InvalidUsageLogException(QuarantineReason.TOO_LARGE,
                "the object has " + size + " bytes; MAX_USAGE_LOG_BYTES allows " + maxBytes);
    }

    private static boolean alreadyProcessed(Optional<ProcessedObject> seen, String etag) {
        return seen.isPresent() && seen.get().etag().equals(etag);
    }

    private static ObjectOutcome duplicate(String key, ProcessedObject seen) {
        return ObjectOutcome.of(key, Result.DUPLICATE, "already " + seen.outcome().name().toLowerCase(Locale.ROOT)
                + " at " + seen.processedAt());
    }
}
