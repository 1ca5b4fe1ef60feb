package com.backupsentinel.usage;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.usage.ObjectOutcome.Result;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Backfill through the real adapters: paging, resuming near the timeout, stopping at failures. */
class BackfillTest {

    private static final long PLENTY = 600_000;

    private Harness harness;

    @BeforeEach
    void start() {
        harness = new Harness();
        harness.put("terragrunt/airbnb/config.yaml", "customer: airbnb\n");
        harness.put("terragrunt/airbnb/atlas-cluster/terraform.tfstate", "{\"secret\": true}");
        for (int i = 0; i < 25; i++) {
            harness.put(String.format("usage-logs/airbnb/2025-10-%02d_120000.json", i + 1), UsageLogFixtures.canonical()
                    .put("timestamp", String.format("2025-10-%02dT12:00:00Z", i + 1)).toString());
        }
        harness.put("usage-logs/airbnb/broken.json", "{");
    }

    @Test
    void ingestsEveryObjectPageByPage() {
        BackfillResult result = backfill(harness.aws.objects(), 10).run(BackfillCursor.start(Optional.empty()),
                () -> PLENTY);

        assertThat(result.complete()).isTrue();
        assertThat(result.listed()).isEqualTo(28);
        assertThat(result.count(Result.INGESTED)).isEqualTo(25);
        assertThat(result.count(Result.QUARANTINED)).isEqualTo(1);
        assertThat(result.count(Result.CONFIG_RECORDED)).isEqualTo(1);
        assertThat(result.count(Result.IGNORED)).isEqualTo(1);
        assertThat(harness.aws.store().latest("airbnb", Optional.empty(), Optional.empty())).hasSize(25);
        assertThat(harness.read("quarantine/usage-logs/airbnb/broken.json.reason.json")).isPresent();
    }

    @Test
    void stopsNearTheTimeoutAndResumesFromItsToken() {
        AtomicInteger checks = new AtomicInteger();
        Backfill backfill = backfill(harness.aws.objects(), 10);

        BackfillResult first = backfill.run(BackfillCursor.start(Optional.of("usage-logs/")),
                () -> checks.incrementAndGet() == 1 ? PLENTY : 1_000);

        assertThat(first.complete()).isFalse();
        assertThat(first.stoppedBecause()).isEqualTo("near the timeout");
        assertThat(first.listed()).isEqualTo(10);
        BackfillResult second = backfill.run(BackfillCursor.fromToken(first.continuationToken().orElseThrow()),
                () -> PLENTY);
        assertThat(second.complete()).isTrue();
        assertThat(second.listed()).isEqualTo(16);
        assertThat(first.count(Result.INGESTED) + second.count(Result.INGESTED)).isEqualTo(25);
        assertThat(second.count(Result.DUPLICATE)).isZero();
    }

    @Test
    void stopsBeforeTheFirstFailedKeySoNothingIsSkipped() {
        String failing = "usage-logs/airbnb/2025-10-05_120000.json";
        FailingObjectStore flaky = new FailingObjectStore(harness.aws.objects(), failing);

        BackfillResult first = backfill(flaky, 10).run(BackfillCursor.start(Optional.of("usage-logs/")), () -> PLENTY);

        assertThat(first.complete()).isFalse();
        assertThat(first.failures()).extracting(ObjectFailure::key).containsExactly(Optional.of(failing));
        assertThat(first.failures().get(0).message()).isEqualTo("IllegalStateException: S3 is unavailable");
        flaky.heal();
        BackfillResult second = backfill(flaky, 10).run(BackfillCursor.fromToken(first.continuationToken()
                .orElseThrow()), () -> PLENTY);
        assertThat(second.complete()).isTrue();
        assertThat(second.count(Result.DUPLICATE)).isEqualTo(5);
        assertThat(harness.aws.store().latest("airbnb", Optional.empty(), Optional.empty())).hasSize(25);
    }

    private Backfill backfill(ObjectStore objects, int pageSize) {
        UsageAudit audit = new UsageAudit(harness.audit);
        ObjectProcessor processor = new ObjectProcessor(new UsageLogIngestion(objects, harness.aws.store(),
                UsageLogFixtures.CLOCK, harness.config.maxUsageLogBytes(), audit),
                new ConfigBackupRecorder(objects, harness.aws.store(), UsageLogFixtures.CLOCK, audit));
        return new Backfill(objects, processor, Harness.WORKERS, pageSize);
    }

    /** The real store, except that reading one key fails until healed. */
    private static final class FailingObjectStore extends ForwardingObjectStore {

        private final String failingKey;
        private volatile boolean healed;

        FailingObjectStore(ObjectStore delegate, String failingKey) {
            super(delegate);
            this.failingKey = failingKey;
        }

        void heal() {
            healed = true;
        }

        @Override
        public FetchedObject fetch(String key, long maxBytes) {
            if (!healed && key.equals(failingKey)) {
                throw new IllegalStateException("S3 is unavailable");
            }
            return super.fetch(key, maxBytes);
        }
    }
}
