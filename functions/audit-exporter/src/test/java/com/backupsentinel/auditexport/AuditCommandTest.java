package com.backupsentinel.auditexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditCommandTest {

    @Test
    void readsAnExportOfOneDay() {
        assertThat(AuditCommand.parse(Map.of("action", "export", "day", "2026-11-21")))
                .isEqualTo(new AuditCommand(AuditCommand.Action.EXPORT, Optional.of(LocalDate.parse("2026-11-21")),
                        List.of()));
    }

    @Test
    void rejectsUnknownFieldsByName() {
        assertThatThrownBy(() -> AuditCommand.parse(Map.of("action", "export", "everything", true, "force", 1)))
                .hasMessage("Unknown payload field(s) [everything, force]; allowed: action, day, lines");
    }

    @Test
    void rejectsAnUnknownAction() {
        assertThatThrownBy(() -> AuditCommand.parse(Map.of("action", "archive")))
                .hasMessage("Field 'action' must be \"export\", \"purge\" or \"replay\", got 'archive'");
        assertThatThrownBy(() -> AuditCommand.parse(Map.of()))
                .hasMessage("Field 'action' must be \"export\", \"purge\" or \"replay\", got nothing");
    }

    @Test
    void quotesAtMostEightyCharactersOfWhatItRefuses() {
        assertThatThrownBy(() -> AuditCommand.parse(Map.of("action", "x\r\n" + "a".repeat(10_000))))
                .hasMessage("Field 'action' must be \"export\", \"purge\" or \"replay\", got 'x\\u000d\\u000a" + "a".repeat(77)
                        + "...'");
    }

    @Test
    void rejectsAMalformedDay() {
        assertThatThrownBy(() -> AuditCommand.parse(Map.of("action", "export", "day", "21/11/2026")))
                .hasMessage("Field 'day' must be a date such as 2026-11-21, got '21/11/2026'");
    }

    @Test
    void purgeTakesNoDay() {
        assertThatThrownBy(() -> AuditCommand.parse(Map.of("action", "purge", "day", "2026-11-21")))
                .hasMessage("Field 'day' applies to export only; purge follows the retention");
    }

    @Test
    void readsAReplayOfLoggedAuditLinesAndRejectsLinesThatAreNotStrings() {
        AuditCommand replay = AuditCommand.parse(Map.of("action", "replay", "lines", List.of("{}", "{\"a\":1}")));
        assertThat(replay.action()).isEqualTo(AuditCommand.Action.REPLAY);
        assertThat(replay.lines()).containsExactly("{}", "{\"a\":1}");
        assertThatThrownBy(() -> AuditCommand.parse(Map.of("action", "replay", "lines", List.of(1))))
                .hasMessage("Field 'lines' must hold strings (each one auditLine), got Integer");
        assertThatThrownBy(() -> AuditCommand.parse(Map.of("action", "replay")))
                .hasMessage("Field 'lines' must be a list of the auditLine strings to replay, got nothing");
        assertThatThrownBy(() -> AuditCommand.parse(Map.of("action", "export", "lines", List.of())))
                .hasMessage("Field 'lines' applies to replay only");
    }
}
