package com.backupsentinel.standins.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.standins.StandInOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryLoaderTest {

    private static final Instant EXPORTED_AT = Instant.parse("2026-11-22T06:00:00Z");
    private static final Path DEMO = StandInOptions.demo().inventory().orElseThrow();

    @TempDir
    Path folder;

    @Test
    void loadsTheDemoAccountWithItsManifest() {
        Inventory inventory = Inventory.load(DEMO, Clock.fixed(EXPORTED_AT, ZoneOffset.UTC));

        assertThat(inventory.accountId()).isEqualTo("123456789012");
        assertThat(inventory.primaryRegion()).isEqualTo("us-west-2");
        assertThat(inventory.regions()).containsExactlyInAnyOrder("us-west-2", "us-east-1");
        RegionInventory primary = inventory.region("us-west-2");
        assertThat(primary.jobs(RowKind.BACKUP_JOB).size()).isEqualTo(588);
        assertThat(primary.jobs(RowKind.COPY_JOB).size()).isEqualTo(365);
        assertThat(primary.jobs(RowKind.RESTORE_JOB).size()).isEqualTo(11);
        assertThat(primary.recoveryPoints().size()).isEqualTo(599);
        assertThat(primary.plans()).hasSize(2);
        assertThat(inventory.region("us-east-1").recoveryPoints().size()).isEqualTo(389);
        assertThat(inventory.region("eu-central-1").vaults()).isEmpty();
    }

    @Test
    void shiftsEveryTimestampByTheTimeSinceTheExportWhenTheManifestAsks() {
        Instant now = EXPORTED_AT.plus(Duration.ofDays(10)).plusMillis(123);
        RowTable exported = Inventory.load(DEMO, Clock.fixed(EXPORTED_AT, ZoneOffset.UTC)).region("us-west-2")
                .jobs(RowKind.BACKUP_JOB);
        RowTable shifted = Inventory.load(DEMO, Clock.fixed(now, ZoneOffset.UTC)).region("us-west-2").jobs(RowKind.BACKUP_JOB);

        Row before = exported.all().get(0);
        Row after = shifted.find(before.id()).orElseThrow();
        assertThat(after.created() - before.created()).isEqualTo(Duration.between(EXPORTED_AT, now).toMillis());
        assertThat(after.tree().get("StartBy").decimalValue().movePointRight(3).longValue() - after.created())
                .isEqualTo(Duration.ofMinutes(60).toMillis());
    }

    @Test
    void keepsTheTimesOfARealExportAndAcceptsCliVersionOneEpochSeconds() throws IOException {
        manifest(false);
        write("us-west-2/list-backup-jobs.json", "{\"BackupJobs\":[{\"BackupJobId\":\"job-1\",\"State\":\"COMPLETED\","
                + "\"CreationDate\":1763690400.5,\"CompletionDate\":\"2025-11-21T02:00:00+01:00\"}]}");

        Row job = Inventory.load(folder, Clock.systemUTC()).region("us-west-2").jobs(RowKind.BACKUP_JOB).find("job-1")
                .orElseThrow();

        assertThat(Instant.ofEpochMilli(job.created())).isEqualTo(Instant.parse("2025-11-21T02:00:00.500Z"));
        assertThat(job.completed()).contains(Instant.parse("2025-11-21T01:00:00Z").toEpochMilli());
    }

    @Test
    void treatsMissingFilesAsEmptyLists() throws IOException {
        manifest(false);
        Files.createDirectories(folder.resolve("eu-west-1"));

        RegionInventory region = Inventory.load(folder, Clock.systemUTC()).region("eu-west-1");

        assertThat(region.vaults()).isEmpty();
        assertThat(region.jobs(RowKind.BACKUP_JOB).size()).isZero();
        assertThat(region.taggedResources()).isEmpty();
    }

    @Test
    void explainsAMissingManifest() {
        assertThatThrownBy(() -> Inventory.load(folder, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Inventory folder " + folder + " has no manifest.json; write {\"accountId\": \"123456789012\", "
                        + "\"primaryRegion\": \"us-west-2\", \"exportedAt\": \"2026-11-22T06:00:00Z\", \"shiftTimesToNow\": false}");
    }

    @Test
    void namesTheFileWhoseShapeIsNotTheCliOutput() throws IOException {
        manifest(false);
        write("us-west-2/list-copy-jobs.json", "{\"Jobs\":[]}");

        assertThatThrownBy(() -> Inventory.load(folder, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("us-west-2/list-copy-jobs.json must be an object with a \"CopyJobs\" array, as the AWS CLI prints it");
    }

    @Test
    void namesTheFileAndItemThatLacksAnId() throws IOException {
        manifest(false);
        write("us-west-2/list-restore-jobs.json", "{\"RestoreJobs\":[{\"Status\":\"COMPLETED\"}]}");

        assertThatThrownBy(() -> Inventory.load(folder, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("us-west-2/list-restore-jobs.json: RESTORE_JOB item has no RestoreJobId: {\"Status\":\"COMPLETED\"}");
    }

    @Test
    void rejectsAManifestWithoutAnExportTime() throws IOException {
        write("manifest.json", "{\"accountId\":\"123456789012\",\"primaryRegion\":\"us-west-2\"}");

        assertThatThrownBy(() -> Inventory.load(folder, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("manifest.json needs a non-empty \"exportedAt\"");
    }

    private void manifest(boolean shift) throws IOException {
        write("manifest.json", "{\"accountId\":\"123456789012\",\"primaryRegion\":\"us-west-2\","
                + "\"exportedAt\":\"2025-11-22T06:00:00Z\",\"shiftTimesToNow\":" + shift + "}");
    }

    private void write(String relative, String json) throws IOException {
        Path file = folder.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, json);
    }
}
