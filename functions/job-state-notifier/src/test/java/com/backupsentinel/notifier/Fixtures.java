package com.backupsentinel.notifier;

import com.backupsentinel.shared.config.NotificationLevel;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** An {@link AlertService} over in-memory collaborators, with handles on each of them. */
final class Fixtures {

    final InMemoryDedupStore dedup;
    final InMemoryBackupLookup lookup;
    final CapturingPublisher publisher = new CapturingPublisher();
    final RecordingMetrics metrics = new RecordingMetrics();
    final RecordingAudit audit = new RecordingAudit();
    final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T02:00:00Z"));
    final AlertService service;

    Fixtures(NotificationLevel level, BenignPatterns benign) {
        this(level, benign, new InMemoryBackupLookup());
    }

    Fixtures(NotificationLevel level, BenignPatterns benign, InMemoryBackupLookup lookup) {
        this.dedup = new InMemoryDedupStore();
        this.lookup = lookup;
        this.service = new AlertService(level, new SeverityPolicy(benign), dedup, new Enricher(lookup, metrics),
                publisher, metrics, audit, clock);
    }

    static Fixtures all() {
        return new Fixtures(NotificationLevel.ALL, BenignPatterns.none());
    }

    /** A clock tests can move. */
    static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advanceSeconds(long seconds) {
            now = now.plusSeconds(seconds);
        }

        void advanceMillis(long millis) {
            now = now.plusMillis(millis);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
