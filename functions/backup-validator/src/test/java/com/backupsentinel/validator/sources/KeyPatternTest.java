package com.backupsentinel.validator.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyPatternTest {

    @Test
    void readsTheTimestampFormsOfBothSeeds() {
        KeyPattern awx = KeyPattern.parse("awx/{date}/awx-backup-{timestamp}.sql.gz");
        Instant five = Instant.parse("2026-11-22T05:00:00Z");
        assertThat(awx.match("awx/2026-11-22/awx-backup-20261122T050000Z.sql.gz")).contains(Optional.of(five));
        assertThat(awx.match("awx/2026-11-22/awx-backup-20261122-050000.sql.gz")).contains(Optional.of(five));
        assertThat(awx.match("awx/2026-11-22/awx-backup-2026-11-22T05:00:00Z.sql.gz")).contains(Optional.of(five));
        assertThat(awx.match("awx/2026-11-22/awx-backup-1795323600.sql.gz")).contains(Optional.of(five));
        KeyPattern app = KeyPattern.parse("app/{timestamp}/*");
        assertThat(app.match("app/2026-11-22t05-00-00/data/part-1.tar")).contains(Optional.of(five));
    }

    @Test
    void keysOutsideTheLayoutOrWithImpossibleDatesDoNotMatch() {
        KeyPattern vault = KeyPattern.parse("vault/{date}/vault-snapshot-{timestamp}.snap");
        assertThat(vault.match("vault/2026-11-22/vault-snapshot-20261122T050000Z.snap.tmp")).isEmpty();
        assertThat(vault.match("vault/2026-11-22/raft.db")).isEmpty();
        assertThat(vault.match("vault/2026-13-22/vault-snapshot-20261122T050000Z.snap")).isEmpty();
        assertThat(vault.match("vault/2026-11-22/vault-snapshot-20261122T250000Z.snap")).isEmpty();
    }

    @Test
    void aDateOnlyLayoutLeavesTheTimeToLastModified() {
        KeyPattern daily = KeyPattern.parse("pg/{date}.dump");
        assertThat(daily.hasTimestamp()).isFalse();
        assertThat(daily.match("pg/2026-11-22.dump")).contains(Optional.empty());
    }

    @Test
    void listsADayUnderTheTextBeforeTheFirstPlaceholder() {
        LocalDate day = LocalDate.parse("2026-11-22");
        assertThat(KeyPattern.parse("awx/{date}/awx-backup-{timestamp}.sql.gz").dayPrefix(day)).isEqualTo("awx/2026-11-22");
        assertThat(KeyPattern.parse("app/{timestamp}/*").dayPrefix(day)).isEqualTo("app/2026-11-22");
    }
}
