package com.backupsentinel.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackfillCursorTest {

    @Test
    void listsConfigBackupsBeforeUsageLogsByDefault() {
        BackfillCursor cursor = BackfillCursor.start(Optional.empty());

        assertThat(cursor.prefixes()).containsExactly("terragrunt/", "usage-logs/");
        assertThat(cursor.nextPrefix()).contains(new BackfillCursor(List.of("usage-logs/"), Optional.empty()));
        assertThat(cursor.nextPrefix().orElseThrow().nextPrefix()).isEmpty();
    }

    @Test
    void roundTripsThroughItsToken() {
        BackfillCursor cursor = BackfillCursor.start(Optional.empty()).after("terragrunt/acme/config.yaml");

        assertThat(BackfillCursor.fromToken(cursor.token())).isEqualTo(cursor);
    }

    @Test
    void rejectsTokensItDidNotIssue() {
        assertThatThrownBy(() -> BackfillCursor.fromToken("not base64 at all!"))
                .hasMessage("continuationToken is not one this function issued");
        String foreign = Base64.getUrlEncoder().encodeToString(
                "{\"prefixes\":[\"reports/\"]}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> BackfillCursor.fromToken(foreign))
                .hasMessage("continuationToken is not one this function issued");
        String outside = Base64.getUrlEncoder().encodeToString(
                "{\"prefixes\":[\"usage-logs/\"],\"startAfter\":\"terragrunt/x\"}".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> BackfillCursor.fromToken(outside))
                .hasMessage("continuationToken is not one this function issued");
    }
}
