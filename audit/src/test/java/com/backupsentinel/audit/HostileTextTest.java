package com.backupsentinel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Text built to make a backtracking redactor slow (runs of letters, keys without values, unclosed quotes and
 * brackets, headers without ends) costs linear time: each shape is redacted at 64 KiB, 512 KiB and 2 MiB within a
 * guard far above what a linear pass needs and far below what a quadratic one would (the regex redactor this one
 * replaced took 2.5 s for 16,000 letters, so about 40,000 s for 2 MiB). The times themselves are printed by
 * {@link SecretRedactorBenchmark}.
 */
class HostileTextTest {

    private static final int[] SIZES = {64 * 1024, 512 * 1024, 2 * 1024 * 1024};

    static Stream<Arguments> shapes() {
        Map<String, String> units = Map.ofEntries(
                Map.entry("letters", "a"),
                Map.entry("secret words", "passwordtokensecret"),
                Map.entry("keys without values", "password:"),
                Map.entry("colon runs", "token::"),
                Map.entry("blank keys", "apiKey = "),
                Map.entry("unclosed quotes", "{\"secret\": \"x"),
                Map.entry("escaped quotes", "\\\"token\\\":\\\""),
                Map.entry("brackets", "{\"cookies\": [[{"),
                Map.entry("pem headers", "-----BEGIN "),
                Map.entry("private key headers", "-----BEGIN RSA PRIVATE KEY-----"),
                Map.entry("access key prefixes", "AKIA"),
                Map.entry("bearer words", "Bearer "),
                Map.entry("base64 runs", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKE/"),
                Map.entry("yaml blocks", "  password: |\n"),
                Map.entry("deep lines", "    x\n"),
                Map.entry("mixed", "a=b&c:d \"e\": [f] Bearer g AKIA h\n"));
        return units.entrySet().stream().flatMap(unit -> java.util.Arrays.stream(SIZES)
                .mapToObj(size -> Arguments.of(unit.getKey(), size, repeat(unit.getValue(), size))));
    }

    private static String repeat(String unit, int size) {
        return unit.repeat(size / unit.length() + 1).substring(0, size);
    }

    @ParameterizedTest(name = "{0}, {1} chars")
    @MethodSource("shapes")
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void hostileTextIsRedactedInLinearTime(String shape, int size, String text) {
        String redacted = SecretRedactor.redactText(text);

        assertThat(redacted.length()).isLessThanOrEqualTo(text.length() + SecretRedactor.REDACTED.length() * size / 4);
    }

    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aTwoMegabytePayloadIsCutBeforeItIsRedacted() {
        String body = "password" + "a".repeat(2 * 1024 * 1024);

        AuditEvent event = new AuditEvent("e-big", "op", Instant.EPOCH, "", "", 413, Map.of("query.q", body), body,
                0, "");

        assertThat(event.requestPayload()).hasSize(AuditEvent.MAX_PAYLOAD_CHARS + "...[truncated 2093064 chars]".length())
                .endsWith("...[truncated 2093064 chars]");
        assertThat(event.requestParams().get("query.q")).hasSize(AuditEvent.MAX_PARAM_CHARS
                + "...[truncated 2096136 chars]".length());
    }
}
