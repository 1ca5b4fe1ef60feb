package com.backupsentinel.validator.sources;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.validator.controls.Control;
import com.backupsentinel.validator.controls.ControlContext;
import com.backupsentinel.validator.controls.ControlEvaluation;
import com.backupsentinel.validator.controls.ControlId;
import com.backupsentinel.validator.controls.ControlResult;
import com.backupsentinel.validator.controls.ResourceLedger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Backups written as S3 objects (seed 003's dump CronJobs, seed 004's full backups): freshness against the RPO,
 * zero-byte and unusually sized backups, SSE-KMS with the expected key, and bucket protection. Lists only the
 * day prefixes the RPO and the 14-backup median need. A source that cannot be read is an ERROR finding with the
 * reason; the other sources still run. Evaluated once per run (sources are not regional).
 */
public final class S3SourcesControl implements Control {

    /** The most days listed per source, whatever its RPO. */
    static final int MAX_DAYS = 62;
    /** The most objects of the newest backup whose encryption is read (one HeadObject each). */
    static final int MAX_HEADS = 10;

    private final List<BackupSource> sources;
    private final BackupObjectStore store;

    public S3SourcesControl(List<BackupSource> sources, BackupObjectStore store) {
        this.sources = List.copyOf(sources);
        this.store = store;
    }

    @Override
    public ControlId id() {
        return ControlId.S3_BACKUP_SOURCES;
    }

    @Override
    public ControlEvaluation start(ControlContext context) {
        return () -> evaluate(context.region(), context.window().now());
    }

    /** The days to list, newest first: tomorrow (clock skew), then back far enough for the RPO and the median. */
    static List<LocalDate> days(BackupSource source, Instant now) {
        int back = (int) Math.min(MAX_DAYS, Math.ceil((SourceRules.MEDIAN_SAMPLES + 1) * source.rpoHours() / 24.0) + 1);
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<LocalDate> days = new ArrayList<>();
        for (int i = -1; i < back; i++) {
            days.add(today.minusDays(i));
        }
        return days;
    }

    private ControlResult evaluate(String region, Instant now) {
        ResourceLedger ledger = new ResourceLedger(ControlId.S3_BACKUP_SOURCES, region);
        SourceFigures figures = new SourceFigures();
        Map<String, BucketProtection> buckets = new HashMap<>();
        long requestsBefore = store.requests();
        for (BackupSource source : sources) {
            ledger.evaluated(source.arn(), SourceRules.TYPE, "");
            try {
                evaluate(ledger, figures, source, now);
                BucketProtection protection = buckets.computeIfAbsent(source.bucket(), store::protection);
                figures.unverifiable += BucketRules.check(ledger, source, protection);
            } catch (RuntimeException e) {
                figures.unreadable++;
                SourceRules.finding(ledger, source, "s3_source_readable", "cannot be read: " + e.getMessage(),
                        "readable by the validator", Severity.ERROR);
            }
        }
        figures.s3Requests = store.requests() - requestsBefore;
        Map<String, String> names = new HashMap<>();
        sources.forEach(source -> names.putIfAbsent(source.arn(), source.name()));
        return ledger.result(figures.map(sources.size()), null).named(names::get);
    }

    private void evaluate(ResourceLedger ledger, SourceFigures figures, BackupSource source, Instant now) {
        List<LocalDate> days = days(source, now);
        List<SourceObject> objects = new ArrayList<>();
        for (LocalDate day : days) {
            objects.addAll(store.list(source.bucket(), source.pattern().dayPrefix(day)));
        }
        SourceListing listing = SourceListing.of(source.pattern(), objects);
        figures.objects += objects.size();
        figures.unmatched += listing.unmatchedKeys();
        figures.backups += listing.backups().size();
        Optional<SourceBackup> newest = SourceRules.freshness(ledger, source, listing.backups(), now, days.size());
        if (newest.isEmpty()) {
            figures.withoutBackup++;
            SourceRules.sizes(ledger, source, listing.backups(), null);
            return;
        }
        figures.oldest(Duration.between(newest.get().time(), now));
        SourceRules.sizes(ledger, source, listing.backups(), newest.get());
        Map<String, ObjectEncryption> encryption = new LinkedHashMap<>();
        List<SourceObject> newestObjects = newest.get().objects();
        for (SourceObject object : newestObjects.subList(0, Math.min(MAX_HEADS, newestObjects.size()))) {
            encryption.put(object.key(), store.encryption(source.bucket(), object.key()));
        }
        figures.wrongEncryption += SourceRules.encryption(ledger, source, encryption);
    }
}
