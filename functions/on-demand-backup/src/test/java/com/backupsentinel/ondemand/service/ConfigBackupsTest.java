package com.backupsentinel.ondemand.service;

import static com.backupsentinel.ondemand.service.Fixtures.ALICE;
import static com.backupsentinel.ondemand.service.Fixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.metrics.RecordingMetrics;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ConfigBackupsTest {

    private static final String KEY = "config-backups/2026-11-21t09-30-00.json";

    private final ScriptedBackupGateway backup = new ScriptedBackupGateway();
    private final InMemoryRequestStore store = new InMemoryRequestStore();
    private final InMemoryObjectStore bucket = new InMemoryObjectStore("reports-bucket");

    private OnDemandService service(List<String> configKeys) {
        return new OnDemandService(Fixtures.settings(Optional.of(Fixtures.PLAN_ID), List.of("RDS"), configKeys),
                backup, List::of, store, bucket, new RecordingMetrics(), new MutableClock(NOW));
    }

    @Test
    void writesTheVaultPlanSelectionsAndConfigObjectsAsOneJsonDocument() throws IOException {
        bucket.write("terragrunt/acme/config.yaml", "retention: 30\n".getBytes(StandardCharsets.UTF_8), "text/yaml");

        RequestView view = service(List.of("terragrunt/acme/config.yaml")).startBackup(
                new BackupCommand(List.of(), true, "seed", ALICE));

        assertThat(view.status()).isEqualTo(RequestStatus.SUCCESS);
        assertThat(view.record().configBackup()).contains(new ConfigBackupLocation("reports-bucket", KEY,
                List.of("request", "backupVault", "backupVaultAccessPolicy", "backupPlan", "backupSelections",
                        "configObjects")));
        assertThat(bucket.contentType(KEY)).isEqualTo("application/json");
        JsonNode document = Json.mapper().readTree(bucket.read(KEY).orElseThrow());
        assertThat(document.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(document.path("request").path("requestedBy").asText()).isEqualTo(ALICE.userArn());
        assertThat(document.path("backupVault").path("Locked").asBoolean()).isTrue();
        assertThat(document.path("backupVaultNotifications").isNull()).isTrue();
        assertThat(document.path("backupPlan").path("BackupPlanId").asText()).isEqualTo(Fixtures.PLAN_ID);
        assertThat(document.path("backupSelections")).hasSize(1);
        assertThat(document.path("configObjects").get(0).path("key").asText()).isEqualTo("terragrunt/acme/config.yaml");
        assertThat(document.path("configObjects").get(0).path("content").asText()).isEqualTo("retention: 30\n");
        assertThat(backup.backupCalls()).isEmpty();
    }

    @Test
    void keepsBinaryConfigObjectsAsBase64() throws IOException {
        bucket.write("terragrunt/acme/state.bin", new byte[] {(byte) 0xff, 0x00, (byte) 0xfe}, "application/octet-stream");

        service(List.of("terragrunt/acme/state.bin")).startBackup(new BackupCommand(List.of(), true, "seed", ALICE));

        JsonNode object = Json.mapper().readTree(bucket.read(KEY).orElseThrow()).path("configObjects").get(0);
        assertThat(object.has("content")).isFalse();
        assertThat(object.path("contentBase64").asText()).isEqualTo("/wD+");
    }

    @Test
    void reportsPartialFailureWhenAConfiguredObjectIsMissing() {
        RequestView view = service(List.of("terragrunt/acme/config.yaml")).startBackup(
                new BackupCommand(List.of(), true, "seed", ALICE));

        assertThat(view.status()).isEqualTo(RequestStatus.PARTIAL_FAILURE);
        assertThat(view.record().failures()).containsExactly(new FailedJob(
                "s3://reports-bucket/terragrunt/acme/config.yaml", "", "", "NoSuchKey", "configured object does not exist"));
        assertThat(bucket.read(KEY)).isPresent();
    }

    @Test
    void recordsTheFailureAndRethrowsWhenAwsBackupRefusesToDescribeTheSetUp() {
        backup.failConfiguration("AccessDeniedException", 403, "not authorized to perform: backup:DescribeBackupVault");

        assertThatThrownBy(() -> service(List.of()).startBackup(new BackupCommand(List.of(), true, "seed", ALICE)))
                .isInstanceOf(AwsCallException.class);

        RequestRecord stored = store.find(RequestKind.BACKUP, "2026-11-21t09-30-00").orElseThrow();
        assertThat(stored.failures()).extracting(FailedJob::errorCode).containsExactly("AccessDeniedException");
        assertThat(RequestView.of(stored, Map.of()).status()).isEqualTo(RequestStatus.FAILED);
        assertThat(bucket.read(KEY)).isEmpty();
    }
}
