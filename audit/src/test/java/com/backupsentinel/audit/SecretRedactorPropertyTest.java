package com.backupsentinel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever surrounds a secret (random text, JSON, YAML, control and bidi characters, other secrets), the redactor
 * removes it; redacting twice changes nothing; cutting never shows more than the limit plus its mark.
 */
class SecretRedactorPropertyTest {

    private static final List<String> FORMS = List.of(
            " password=%s ",
            " \"passphrase\": \"%s\", ",
            "\nsecret: %s\n",
            "\nCookie: session=%s; theme=dark\n",
            "\nx-amz-security-token: %s\n",
            " AWS_SESSION_TOKEN=%s ",
            " Bearer %s ",
            " {\\\"apiKey\\\":\\\"%s\\\"} ",
            "\n-----BEGIN PRIVATE KEY-----\nMII%s\n-----END PRIVATE KEY-----\n");

    @Provide
    Arbitrary<String> filler() {
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(60);
        Arbitrary<String> json = Arbitraries.of("{\"a\": \"", "\", \"b\": [", "], ", "\\\"", "key: ", "x=", "&y=",
                "\n  ", ":", "=", "\"", "'", "[", "{", "}", "]", "-----BEGIN CERTIFICATE-----", "token", "Basic",
                "\u202E", "\u200B", "\r\n");
        return Combinators.combine(any, json, any).as((a, b, c) -> a + b + c);
    }

    @Provide
    Arbitrary<String> secrets() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .ofMinLength(6).ofMaxLength(30).map(random -> "Zq9" + random);
    }

    @Property(tries = 300)
    void aSecretInAnyKnownFormIsRemovedWhateverSurroundsIt(@ForAll("filler") String before,
                                                           @ForAll("secrets") String secret,
                                                           @ForAll("filler") String after) {
        for (String form : FORMS) {
            String text = before + String.format(form, secret) + after;

            assertThat(SecretRedactor.redactText(text)).as(text).doesNotContain(secret);
        }
    }

    @Property(tries = 200)
    void accessKeysAndSecretKeysAreRemovedWhateverSurroundsThem(@ForAll("filler") String before,
                                                                 @ForAll("filler") String after) {
        String keyId = "AKIA" + "IOSFODNN7EXAMPLE";
        String secretKey = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";

        String redacted = SecretRedactor.redactText(before + " " + keyId + " " + secretKey + " " + after);

        assertThat(redacted).doesNotContain(keyId).doesNotContain(secretKey);
    }

    @Property(tries = 300)
    void redactingTwiceChangesNothing(@ForAll("filler") String text) {
        String once = SecretRedactor.redactText(text);

        assertThat(SecretRedactor.redactText(once)).isEqualTo(once);
    }

    @Property(tries = 200)
    void aCutTextKeepsAtMostTheLimitAndSaysHowMuchWasLeftOut(@ForAll("filler") String head,
                                                             @ForAll("secrets") String secret) {
        String text = head.repeat(40) + " password=" + secret + " " + head.repeat(40);

        String cut = SecretRedactor.cutAndRedact(text, 100);

        assertThat(cut).doesNotContain(secret);
        assertThat(cut.length()).isLessThanOrEqualTo(100 + "...[truncated  chars]".length() + 10);
        assertThat(SecretRedactor.cutAndRedact(cut, 100)).isEqualTo(cut);
    }
}
