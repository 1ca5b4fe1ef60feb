package com.backupsentinel.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;

import com.backupsentinel.audit.AuditEvent;
import com.backupsentinel.audit.AuditRecorder;
import com.backupsentinel.audit.AuditStore;
import com.backupsentinel.audit.FailSafeAuditRecorder;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import com.backupsentinel.usage.ObjectOutcome.Result;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What ingestion records as audit events, through the real adapters against the stand-ins. */
class UsageAuditTest {

    private Harness harness;

    @BeforeEach
    void start() {
        harness = new Harness();
    }

    @Test
    void recordsAnIngestedLogAsTheDeployersAction() {
        IncomingObject object = harness.put(UsageLogFixtures.KEY, UsageLogFixtures.canonical().toString());

        harness.process(object);

        String etag = object.etag().orElseThrow();
        assertThat(harness.audit.events()).containsExactly(new AuditEvent(
                UsageAudit.eventId("UsageLog.Ingested", UsageLogFixtures.KEY, etag), "UsageLog.Ingested",
                UsageLogFixtures.NOW, "arn:aws:iam::111122223333:user/john.doe", "airbnb", 200,
                Map.of("objectKey", UsageLogFixtures.KEY, "user", "john.doe", "configMd5", UsageLogFixtures.MD5,
                        "date", "2025-10-30"),
                "", 0, "UsageLogIngestorFunction"));
    }

    @Test
    void recordsAQuarantinedLogWith422AndItsReason() {
        String key = "usage-logs/airbnb/2025-10-30_150000.json";
        IncomingObject object = harness.put(key, UsageLogFixtures.canonical().put("customer_name", "globex").toString());

        harness.process(object);

        assertThat(harness.audit.events()).containsExactly(new AuditEvent(
                UsageAudit.eventId("UsageLog.Quarantined", key, object.etag().orElseThrow()), "UsageLog.Quarantined",
                UsageLogFixtures.NOW, "", "airbnb", 422, Map.of("objectKey", key, "reason", "CUSTOMER_MISMATCH"),
                "", 0, "UsageLogIngestorFunction"));
    }

    @Test
    void namesNoCustomerWhenTheKeyHoldsNoValidOne() {
        harness.process(harness.put("usage-logs/-airbnb/x.json", "{}"));

        AuditEvent event = harness.audit.events().get(0);
        assertThat(event.customerName()).isEmpty();
        assertThat(event.requestParams()).isEqualTo(Map.of("objectKey", "usage-logs/-airbnb/x.json",
                "reason", "CUSTOMER_INVALID"));
    }

    @ParameterizedTest(name = "{0} -> ''{1}''")
    @CsvSource(value = {
        "usage-logs/airbnb/2025-10-30_143052.json | airbnb",
        "usage-logs/airbnb/nested/x.json          | airbnb",
        "usage-logs/-airbnb/x.json                | ''",
        "usage-logs/airbnb.json                   | ''",
        "usage-logs//x.json                       | ''",
    }, delimiter = '|')
    void takesTheCustomerFromTheKeyOnlyWhenItIsAValidName(String key, String customer) {
        assertThat(UsageAudit.customerInKey(key)).isEqualTo(customer);
    }

    @Test
    void recordsNothingForARedeliveredObject() {
        IncomingObject valid = harness.put(UsageLogFixtures.KEY, UsageLogFixtures.canonical().toString());
        IncomingObject invalid = harness.put("usage-logs/airbnb/bad.json", "not json");
        harness.process(valid);
        harness.process(invalid);

        assertThat(harness.process(valid).result()).isEqualTo(Result.DUPLICATE);
        assertThat(harness.process(invalid).result()).isEqualTo(Result.DUPLICATE);
        assertThat(harness.process(new IncomingObject(valid.key(), OptionalLong.empty(), Optional.empty())).result())
                .isEqualTo(Result.DUPLICATE);

        assertThat(harness.audit.events()).extracting(AuditEvent::opType)
                .containsExactly("UsageLog.Ingested", "UsageLog.Quarantined");
    }

    @Test
    void recordsAnOverwrittenObjectAgainUnderItsNewEtag() {
        harness.process(harness.put(UsageLogFixtures.KEY, UsageLogFixtures.canonical().toString()));
        harness.process(harness.put(UsageLogFixtures.KEY,
                UsageLogFixtures.canonical().put("additional_users_count", 9).toString()));

        assertThat(harness.audit.events(UsageAudit.INGESTED)).hasSize(2)
                .extracting(AuditEvent::eventId).doesNotHaveDuplicates();
    }

    @Test
    void recordsAConfigBackupVersionOnce() {
        String content = "customer: airbnb\n";
        harness.process(harness.put("terragrunt/airbnb/config.yaml", content));
        harness.process(harness.put("terragrunt/airbnb/config.yaml", content));

        assertThat(harness.audit.events()).hasSize(1);
        AuditEvent event = harness.audit.events().get(0);
        ConfigVersion version = harness.aws.store().configVersions("airbnb").get(0);
        assertThat(event).isEqualTo(new AuditEvent(UsageAudit.eventId("ConfigBackup.Recorded",
                "terragrunt/airbnb/config.yaml", "", S3ObjectStoreTest.md5(content),
                Long.toString(version.firstSeenAt().toEpochMilli())), "ConfigBackup.Recorded", UsageLogFixtures.NOW,
                "", "airbnb", 200, Map.of("objectKey", "terragrunt/airbnb/config.yaml",
                        "configMd5", S3ObjectStoreTest.md5(content), "versionId", "",
                        "lastModified", version.firstSeenAt().toString()), "", 0, "UsageLogIngestorFunction"));
    }

    @Test
    void recordsNothingForObjectsThatAreNotTracked() {
        harness.process(harness.put("terragrunt/airbnb/terraform.tfstate", "{}"));
        harness.process(harness.put("usage-logs/airbnb/", ""));

        assertThat(harness.audit.events()).isEmpty();
    }

    @Test
    void keepsTheLatencyItIsGiven() {
        AuditEvent event = UsageAudit.quarantinedEvent("usage-logs/a1/x.json", "etag", QuarantineReason.NOT_JSON,
                Instant.parse("2026-11-21T10:00:00Z"), Duration.ofMillis(11));

        assertThat(event.latencyInMillis()).isEqualTo(11);
        assertThat(UsageAudit.configEvent(new ConfigVersion("a1", "md5", Instant.EPOCH, "terragrunt/a1/config.yaml",
                Optional.of("v1"), 1), Instant.EPOCH, Duration.ofMillis(-3)).latencyInMillis()).isZero();
    }

    @Test
    void derivesEventIdsFromSha256OfTheirParts() {
        // printf 'UsageLog.Ingested\nusage-logs/airbnb/2025-10-30_143052.json\nabc' | sha256sum | cut -c1-32
        assertThat(UsageAudit.eventId("UsageLog.Ingested", "usage-logs/airbnb/2025-10-30_143052.json", "abc"))
                .isEqualTo("4901d8f59aa43c2a1794da3682e68030");
    }

    @Test
    void ingestsAndCountsTheFailureWhenTheAuditWriteFails() {
        AuditStore store = mock(AuditStore.class);
        doThrow(new IllegalStateException("ProvisionedThroughputExceededException")).when(store).append(any());
        DeferredCounts failures = new DeferredCounts();
        UsageLogIngestion ingestion = ingestion(new FailSafeAuditRecorder(store, failures));

        ObjectOutcome outcome = ingestion.ingest(harness.put(UsageLogFixtures.KEY,
                UsageLogFixtures.canonical().toString()));

        assertThat(outcome.result()).isEqualTo(Result.INGESTED);
        assertThat(harness.aws.store().latest("airbnb", Optional.empty(), Optional.empty())).hasSize(1);
        RecordingMetrics emitted = new RecordingMetrics();
        failures.drainTo(emitted);
        assertThat(emitted.total("AuditWriteFailures", Map.of())).isEqualTo(1);
    }

    @Test
    void quarantinesEvenWhenARecorderBreaksItsPromiseNotToThrow() {
        AuditRecorder throwing = event -> {
            throw new IllegalStateException("recorder bug");
        };

        ObjectOutcome outcome = ingestion(throwing).ingest(harness.put("usage-logs/airbnb/bad.json", "not json"));

        assertThat(outcome.result()).isEqualTo(Result.QUARANTINED);
        assertThat(harness.read("quarantine/usage-logs/airbnb/bad.json.reason.json")).isPresent();
        assertThat(harness.aws.store().processedObject("usage-logs/airbnb/bad.json")).isPresent();
    }

    private UsageLogIngestion ingestion(AuditRecorder recorder) {
        return new UsageLogIngestion(harness.aws.objects(), harness.aws.store(), UsageLogFixtures.CLOCK,
                harness.config.maxUsageLogBytes(), new UsageAudit(recorder));
    }
}
