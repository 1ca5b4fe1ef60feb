package com.backupsentinel.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.shared.json.Json;
import com.backupsentinel.usage.ObjectOutcome.Result;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ingestion of single objects, through the real adapters against the stand-ins. */
class UsageLogIngestionTest {

    private Harness harness;

    @BeforeEach
    void start() {
        harness = new Harness();
    }

    @Test
    void storesAValidLogAsTheRowOfItsDay() {
        ObjectOutcome outcome = harness.process(harness.put(UsageLogFixtures.KEY, UsageLogFixtures.canonical().toString()));

        assertThat(outcome).isEqualTo(ObjectOutcome.of(UsageLogFixtures.KEY, Result.INGESTED,
                "2025-10-30 airbnb john.doe (now the last deployment of that day)"));
        assertThat(harness.aws.store().latest("airbnb", Optional.empty(), Optional.empty()))
                .extracting(LatestDeployment::row)
                .containsExactly(new UsageRow(LocalDate.parse("2025-10-30"), "airbnb", "john.doe", 5, "airbnb-project",
                        "arena-cluster"));
        assertThat(harness.aws.store().processedObject(UsageLogFixtures.KEY)).get()
                .extracting(ProcessedObject::outcome).isEqualTo(ProcessedObject.Outcome.INGESTED);
    }

    @Test
    void quarantinesAnInvalidLogWithASidecarThatSaysWhy() throws Exception {
        String key = "usage-logs/airbnb/2025-10-30_150000.json";
        String content = UsageLogFixtures.canonical().put("customer_name", "globex").toString();
        IncomingObject object = harness.put(key, content);

        ObjectOutcome outcome = harness.process(object);

        assertThat(outcome.result()).isEqualTo(Result.QUARANTINED);
        assertThat(outcome.reason()).contains(QuarantineReason.CUSTOMER_MISMATCH);
        assertThat(harness.read("quarantine/" + key)).contains(content);
        assertThat(harness.read(key)).contains(content);
        JsonNode sidecar = Json.mapper().readTree(harness.read("quarantine/" + key + ".reason.json").orElseThrow());
        assertThat(sidecar.get("bucket").asText()).isEqualTo(harness.aws.bucket());
        assertThat(sidecar.get("sourceKey").asText()).isEqualTo(key);
        assertThat(sidecar.get("sourceETag").asText()).isEqualTo(object.etag().orElseThrow());
        assertThat(sidecar.get("size").asLong()).isEqualTo(content.length());
        assertThat(sidecar.get("reason").asText()).isEqualTo("CUSTOMER_MISMATCH");
        assertThat(sidecar.get("message").asText()).isEqualTo("the customer 'globex' in the body differs from the"
                + " customer folder 'airbnb' in the key");
        assertThat(sidecar.get("quarantinedAt").asText()).isEqualTo("2025-11-21T12:00:00Z");
        assertThat(harness.aws.store().latest("airbnb", Optional.empty(), Optional.empty())).isEmpty();
    }

    @Test
    void quarantinesAnObjectLargerThanTheLimitWithoutReadingIt() {
        IncomingObject object = harness.put("usage-logs/airbnb/huge.json", "x".repeat(2000));
        IncomingObject claimedHuge = new IncomingObject(object.key(), OptionalLong.of(2_000_000), object.etag());

        ObjectOutcome outcome = harness.process(claimedHuge);

        assertThat(outcome.reason()).contains(QuarantineReason.TOO_LARGE);
        assertThat(outcome.detail()).isEqualTo("the object has 2000000 bytes; MAX_USAGE_LOG_BYTES allows 1048576");
        assertThat(harness.read("quarantine/usage-logs/airbnb/huge.json")).isPresent();
    }

    @Test
    void quarantinesAnObjectThatTurnsOutTooLargeWhenTheEventHadNoSize() {
        Harness small = new Harness();
        UsageLogIngestion ingestion = new UsageLogIngestion(small.aws.objects(), small.aws.store(),
                UsageLogFixtures.CLOCK, 1024, new UsageAudit(small.audit));
        IncomingObject object = small.put("usage-logs/airbnb/big.json", "y".repeat(3000));

        ObjectOutcome outcome = ingestion.ingest(new IncomingObject(object.key(), OptionalLong.empty(),
                Optional.empty()));

        assertThat(outcome.reason()).contains(QuarantineReason.TOO_LARGE);
        assertThat(outcome.detail()).isEqualTo("the object has 3000 bytes; MAX_USAGE_LOG_BYTES allows 1024");
    }

    @Test
    void quarantinesKeysOutsideTheLayout() {
        ObjectOutcome outcome = harness.process(harness.put("usage-logs/airbnb/nested/x.json", "{}"));

        assertThat(outcome.reason()).contains(QuarantineReason.KEY_INVALID);
        assertThat(harness.read("quarantine/usage-logs/airbnb/nested/x.json.reason.json")).isPresent();
    }

    @Test
    void skipsARedeliveredObjectAndCountsAQuarantineOnce() {
        IncomingObject valid = harness.put(UsageLogFixtures.KEY, UsageLogFixtures.canonical().toString());
        IncomingObject invalid = harness.put("usage-logs/airbnb/bad.json", "not json");
        harness.process(valid);
        harness.process(invalid);

        assertThat(harness.process(valid).result()).isEqualTo(Result.DUPLICATE);
        assertThat(harness.process(invalid).result()).isEqualTo(Result.DUPLICATE);
        assertThat(harness.process(new IncomingObject(valid.key(), OptionalLong.empty(), Optional.empty())).result())
                .isEqualTo(Result.DUPLICATE);
    }

    @Test
    void reingestsAnOverwrittenObject() {
        harness.process(harness.put(UsageLogFixtures.KEY, UsageLogFixtures.canonical().toString()));

        ObjectOutcome outcome = harness.process(harness.put(UsageLogFixtures.KEY,
                UsageLogFixtures.canonical().put("timestamp", "2025-10-30T23:00:00Z").put("additional_users_count", 9)
                        .toString()));

        assertThat(outcome.result()).isEqualTo(Result.INGESTED);
        assertThat(harness.aws.store().latest("airbnb", Optional.empty(), Optional.empty()))
                .extracting(row -> row.row().additionalUsersCount()).containsExactly(9);
    }

    @Test
    void failsLoudlyWhenTheObjectIsGone() {
        IncomingObject missing = new IncomingObject("usage-logs/airbnb/gone.json",
                OptionalLong.of(10), Optional.of("abc"));

        assertThatThrownBy(() -> harness.process(missing)).isInstanceOf(ObjectMissingException.class);
    }

    @Test
    void recordsAConfigBackupVersionByTheMd5OfItsBytes() {
        harness.put("terragrunt/airbnb/config.yaml", "customer: airbnb\n");

        ObjectOutcome outcome = harness.process(harness.put("terragrunt/airbnb/config.yaml", "customer: airbnb\n"));

        assertThat(outcome).isEqualTo(ObjectOutcome.of("terragrunt/airbnb/config.yaml", Result.CONFIG_RECORDED,
                "airbnb config " + S3ObjectStoreTest.md5("customer: airbnb\n")));
        assertThat(harness.aws.store().configVersions("airbnb")).extracting(ConfigVersion::md5)
                .containsExactly(S3ObjectStoreTest.md5("customer: airbnb\n"));
        assertThat(harness.process(harness.put("terragrunt/airbnb/config.yaml", "customer: airbnb\n")).result())
                .isEqualTo(Result.DUPLICATE);
    }

    @Test
    void neverReadsTerraformStateOrFolderMarkers() {
        assertThat(harness.process(new IncomingObject("terragrunt/airbnb/eks/terraform.tfstate",
                OptionalLong.of(5), Optional.empty())).result()).isEqualTo(Result.IGNORED);
        assertThat(harness.process(new IncomingObject("usage-logs/airbnb/", OptionalLong.of(0),
                Optional.empty())).result()).isEqualTo(Result.IGNORED);
    }
}
