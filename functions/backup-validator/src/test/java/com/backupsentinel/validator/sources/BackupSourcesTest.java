package com.backupsentinel.validator.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.shared.config.ConfigurationException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BackupSourcesTest {

    private static final String AWX = "{\"name\":\"awx\",\"bucket\":\"stoa-backups-dev\",\"prefix\":\"awx/\","
            + "\"pattern\":\"awx/{date}/awx-backup-{timestamp}.sql.gz\",\"rpoHours\":24";

    private static void rejects(String json, String message) {
        assertThatThrownBy(() -> BackupSources.parse(json)).isInstanceOf(ConfigurationException.class)
                .hasMessage(message);
    }

    @Test
    void readsEveryFieldOfTheSeedLayouts() {
        List<BackupSource> sources = BackupSources.parse("[" + AWX + ",\"retentionDays\":30,\"kmsKeyArn\":"
                + "\"arn:aws:kms:eu-west-3:123456789012:key/abc\"},{\"name\":\"app\",\"bucket\":\"prophecy-backups\","
                + "\"prefix\":\"app/\",\"pattern\":\"app/{timestamp}/*\",\"rpoHours\":24,\"retentionDays\":90,"
                + "\"glacierAfterDays\":60}]");

        assertThat(sources).containsExactly(
                new BackupSource("awx", "stoa-backups-dev", "awx/", KeyPattern.parse("awx/{date}/awx-backup-{timestamp}"
                        + ".sql.gz"), 24, OptionalInt.of(30), Optional.of("arn:aws:kms:eu-west-3:123456789012:key/abc"),
                        OptionalInt.empty()),
                new BackupSource("app", "prophecy-backups", "app/", KeyPattern.parse("app/{timestamp}/*"), 24,
                        OptionalInt.of(90), Optional.empty(), OptionalInt.of(60)));
        assertThat(BackupSources.parse("[]")).isEmpty();
    }

    @Test
    void namesTheSourceIndexAndFieldOfEachProblem() {
        rejects("[" + AWX + "}, {\"name\":\"vault\"}]", "Environment variable BACKUP_SOURCES[1].bucket is required");
        rejects("[" + AWX + ",\"rpoHours\":0}]", "Environment variable BACKUP_SOURCES[0].rpoHours must be a whole number"
                + " 1..8760, got 0");
        rejects("[" + AWX + ",\"retention\":30}]", "Environment variable BACKUP_SOURCES[0].retention is not a known"
                + " field (known: name, bucket, prefix, pattern, rpoHours, retentionDays, kmsKeyArn, glacierAfterDays)");
        rejects("[" + AWX.replace("{date}/awx-backup-{timestamp}", "latest") + "}]", "Environment variable"
                + " BACKUP_SOURCES[0].pattern must contain {date} or {timestamp}, got 'awx/latest.sql.gz'");
        rejects("[" + AWX.replace("\"prefix\":\"awx/\"", "\"prefix\":\"vault/\"") + "}]", "Environment variable"
                + " BACKUP_SOURCES[0].pattern must start with the prefix 'vault/', got"
                + " 'awx/{date}/awx-backup-{timestamp}.sql.gz'");
        rejects("[" + AWX + ",\"kmsKeyArn\":\"alias/backups\"}]", "Environment variable BACKUP_SOURCES[0].kmsKeyArn"
                + " must be a KMS key ARN such as arn:aws:kms:eu-west-3:123456789012:key/<id>, got 'alias/backups'");
        rejects("[" + AWX + ",\"retentionDays\":30,\"glacierAfterDays\":60}]", "Environment variable"
                + " BACKUP_SOURCES[0].glacierAfterDays must be less than retentionDays (30), got 60");
        rejects("[" + AWX + "}," + AWX + "}]", "Environment variable BACKUP_SOURCES[1].name must be unique, 'awx' is"
                + " used twice");
        rejects("[" + AWX.replace("stoa-backups-dev", "Stoa_Backups") + "}]", "Environment variable"
                + " BACKUP_SOURCES[0].bucket must be an S3 bucket name, got 'Stoa_Backups'");
        rejects("[\"awx\"]", "Environment variable BACKUP_SOURCES[0] must be an object");
        rejects("{}", "Environment variable BACKUP_SOURCES must be a JSON array of sources");
    }

    @Test
    void rejectsAPatternThatCannotBeListedByDay() {
        rejects("[" + AWX.replace("awx/{date}/awx-backup-{timestamp}", "*/{date}/dump") + ",\"prefix\":\"\"}]",
                "Environment variable BACKUP_SOURCES[0].pattern must not use * before the first placeholder (listing"
                        + " uses the day), got '*/{date}/dump.sql.gz'");
    }
}
