package com.backupsentinel.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenignPatternsTest {

    @Test
    void matchesAGlobAnywhereInTheTextIgnoringCase() {
        BenignPatterns patterns = BenignPatterns.of(List.of("windows vss*insufficient privileges"));

        assertThat(patterns.firstMatch("Windows VSS Backup attempt failed because either Instance or SSM Agent has "
                + "invalid state or insufficient privileges.")).contains("windows vss*insufficient privileges");
    }

    @Test
    void treatsAQuestionMarkAsExactlyOneCharacter() {
        BenignPatterns patterns = BenignPatterns.of(List.of("job-??"));

        assertThat(patterns.firstMatch("retried job-42 later")).contains("job-??");
        assertThat(patterns.firstMatch("retried job-4")).isEmpty();
    }

    @Test
    void treatsRegularExpressionCharactersLiterally() {
        BenignPatterns patterns = BenignPatterns.of(List.of("(a+)+$", "[x]"));

        assertThat(patterns.firstMatch("aaaa")).isEmpty();
        assertThat(patterns.firstMatch("value (a+)+$ here")).contains("(a+)+$");
        assertThat(patterns.firstMatch("found [x]")).contains("[x]");
    }

    @Test
    void answersTheFirstPatternThatMatches() {
        BenignPatterns patterns = BenignPatterns.of(List.of("timed out", "VSS", "*"));

        assertThat(patterns.firstMatch("VSS timed out")).contains("timed out");
        assertThat(patterns.firstMatch("VSS failed")).contains("VSS");
        assertThat(patterns.firstMatch("anything")).contains("*");
    }

    @Test
    void matchesNothingWhenEmpty() {
        assertThat(BenignPatterns.none().firstMatch("anything")).isEmpty();
        assertThat(BenignPatterns.of(List.of())).isEqualTo(BenignPatterns.none());
    }
}
