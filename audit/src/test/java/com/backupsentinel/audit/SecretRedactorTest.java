package com.backupsentinel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the redactor removes and what it leaves, character for character. */
class SecretRedactorTest {

    private static final String SECRET_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final String SESSION_TOKEN = "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLXdlc3QtMiJHMEUCIQD6mE0=";

    private static String redact(String text) {
        return SecretRedactor.redactText(text);
    }

    @Test
    void removesPemPrivateKeysWholeAndKeepsCertificates() {
        String pem = "key:\n-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA7\nqwerty==\n-----END RSA PRIVATE KEY-----\n"
                + "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----";

        assertThat(redact(pem)).isEqualTo("key:\n[REDACTED]\n-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----");
        assertThat(redact("{\"k\":\"-----BEGIN OPENSSH PRIVATE KEY-----\\nb3BlbnNzaC1rZXk\\n-----END OPENSSH PRIVATE KEY"
                + "-----\\n\"}")).isEqualTo("{\"k\":\"[REDACTED]\\n\"}");
    }

    @Test
    void aPrivateKeyWhoseEndWasCutOffIsRemovedToTheEnd() {
        assertThat(redact("before -----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIBkg4LVWM9nuwNSk3yBY")).isEqualTo("before [REDACTED]");
    }

    @Test
    void removesBareSecretAccessKeysButNotHexDigests() {
        assertThat(redact("aws configure set " + SECRET_KEY + " now")).isEqualTo("aws configure set [REDACTED] now");
        assertThat(redact("commit 9e107d9d372bb6826bd81d3542a419d6a1b2c3d4 merged"))
                .isEqualTo("commit 9e107d9d372bb6826bd81d3542a419d6a1b2c3d4 merged");
        assertThat(redact("longer " + SECRET_KEY + "X stays")).isEqualTo("longer " + SECRET_KEY + "X stays");
    }

    @Test
    void removesAccessKeyIdsAndSessionTokensWherever() {
        assertThat(redact("id AKIAIOSFODNN7EXAMPLE and ASIAY34FZKBOKMUTVV7A, token " + SESSION_TOKEN + " end"))
                .isEqualTo("id [REDACTED] and [REDACTED], token [REDACTED] end");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " -> ", quoteCharacter = '`', value = {
        "AWS_SESSION_TOKEN=FwoGZXIvYXdzEBAaDG -> AWS_SESSION_TOKEN=[REDACTED]",
        "aws_session_token = abc/def+ghi== -> aws_session_token = [REDACTED]",
        "?X-Amz-Security-Token=IQo%2FJb3&X-Amz-Date=20261121 -> ?X-Amz-Security-Token=[REDACTED]&X-Amz-Date=20261121",
        "`x-amz-security-token: FQoGZXIvYXdz\r\nhost: api` -> `x-amz-security-token: [REDACTED]\r\nhost: api`",
        "`{\"SessionToken\": \"abc\", \"Expiration\": 1}` -> `{\"SessionToken\": \"[REDACTED]\", \"Expiration\": 1}`",
    })
    void removesSessionTokensByName(String text, String redacted) {
        assertThat(redact(text)).isEqualTo(redacted);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " -> ", quoteCharacter = '`', value = {
        "`Cookie: session=abc; theme=dark\nAccept: */*` -> `Cookie: [REDACTED]\nAccept: */*`",
        "`Set-Cookie: id=a3fWa; Expires=Thu, 21 Oct 2026 07:28:00 GMT; Secure` -> `Set-Cookie: [REDACTED]`",
        "`{\"cookies\": [\"a=b\", \"c=d\"], \"rawPath\": \"/backups\"}` -> `{\"cookies\": [REDACTED], \"rawPath\": \"/backups\"}`",
        "`{\"headers\": {\"cookie\": \"s=1\"}}` -> `{\"headers\": {\"cookie\": \"[REDACTED]\"}}`",
    })
    void removesCookies(String text, String redacted) {
        assertThat(redact(text)).isEqualTo(redacted);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " -> ", quoteCharacter = '`', value = {
        "password=hunter2&user=bob -> password=[REDACTED]&user=bob",
        "DB_PASSWORD=\"pa ss\" HOST=db -> DB_PASSWORD=\"[REDACTED]\" HOST=db",
        "Server=db;Password=s3cr3t;User Id=app -> Server=db;Password=[REDACTED];User Id=app",
        "`{\"masterUserPassword\":\"s3cr\\\"3t\",\"db\":\"orders\"}` -> `{\"masterUserPassword\":\"[REDACTED]\",\"db\":\"orders\"}`",
        "`{\"passphrase\": 12345, \"n\": 1}` -> `{\"passphrase\": [REDACTED], \"n\": 1}`",
        "`{\\\"password\\\":\\\"x\\\\\\\"y\\\",\\\"u\\\":1}` -> `{\\\"password\\\":\\\"[REDACTED]\\\",\\\"u\\\":1}`",
        "`db:\n  password: correct horse battery\n  host: db` -> `db:\n  password: [REDACTED]\n  host: db`",
        "`ssh:\n  passphrase: 'two words'\n  port: 22` -> `ssh:\n  passphrase: '[REDACTED]'\n  port: 22`",
        "`tls:\n  private_key: |\n    line one\n\n    line two\n  port: 443` -> `tls:\n  private_key: [REDACTED]\n  port: 443`",
        "`a:\n  secret: >-\n    folded\nb: 1` -> `a:\n  secret: [REDACTED]\nb: 1`",
    })
    void removesPasswordsAndPassphrasesInKeyValueJsonAndYaml(String text, String redacted) {
        assertThat(redact(text)).isEqualTo(redacted);
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " -> ", quoteCharacter = '`', value = {
        "arn:aws:secretsmanager:us-west-2:123456789012:secret:prod/db-AbCdEf -> "
                + "arn:aws:secretsmanager:us-west-2:123456789012:secret:prod/db-AbCdEf",
        "`{\"SecretArn\": \"arn:aws:secretsmanager:eu-west-1:1:secret:x\"}` -> "
                + "`{\"SecretArn\": \"arn:aws:secretsmanager:eu-west-1:1:secret:x\"}`",
        "ExpiredTokenException: The security token included in the request is expired -> "
                + "ExpiredTokenException: The security token included in the request is expired",
        "if token == null -> if token == null",
        "https://example.com/token:8443/x -> https://example.com/token:8443/x",
        "RoleSessionName=deployer -> RoleSessionName=deployer",
    })
    void leavesNamesOfSecretsAndLookalikesAlone(String text, String redacted) {
        assertThat(redact(text)).isEqualTo(redacted);
    }

    @Test
    void keepsTheAuthorizationSchemeAndRemovesTheCredential() {
        assertThat(redact("curl -H 'x: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig' -u x"))
                .isEqualTo("curl -H 'x: Bearer [REDACTED]' -u x");
        assertThat(redact("Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261121, Signature=fe5f80\nHost: x"))
                .isEqualTo("Authorization: [REDACTED]\nHost: x");
    }

    @Test
    void cutsBeforeRedactingAndNeverLeavesHalfASecretAtTheCut() {
        String head = "x".repeat(90) + " ";
        String text = head + "AKIAIOSFODNN7EXAMPLE " + "y".repeat(500);

        assertThat(SecretRedactor.cutAndRedact(text, 100)).isEqualTo(head + "[REDACTED...[truncated 502 chars]");
        String straddling = "x".repeat(99) + " " + SECRET_KEY + " " + "z".repeat(1000);
        assertThat(SecretRedactor.cutAndRedact(straddling, 120)).isEqualTo(
                "x".repeat(99) + " [REDACTED]...[truncated 1001 chars]");
    }

    @Test
    void aSecretCutByTheReadWindowIsDroppedNotShown() {
        String text = "x".repeat(100 + SecretRedactor.LOOKAHEAD - 10) + " " + SECRET_KEY;

        String cut = SecretRedactor.cutAndRedact(text, 100);

        assertThat(cut).isEqualTo("x".repeat(100) + "...[truncated " + (text.length() - 100) + " chars]");
        assertThat(cut).doesNotContain("wJalr");
    }

    @Test
    void aValueCutAtTheWindowIsRemovedToTheEnd() {
        String text = "password=" + "p".repeat(10_000);

        assertThat(SecretRedactor.cutAndRedact(text, 100)).isEqualTo("password=[REDACTED]...[truncated 9653 chars]");
    }

    @Test
    void readingBackACutPayloadKeepsIt() {
        String once = SecretRedactor.cutAndRedact("token=abc " + "a".repeat(5000), 100);

        assertThat(SecretRedactor.cutAndRedact(once, 100)).isEqualTo(once);
        assertThat(once).isEqualTo("token=[REDACTED] " + "a".repeat(83) + "...[truncated 4917 chars]");
    }

    @Test
    void parametersAreBoundedInNumberNameAndValue() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("n".repeat(200), "v");
        params.put("long", "w".repeat(50) + " password=x");
        params.put("Cookie", "a=b");
        params.put("p3", "3");

        Map<String, String> clean = SecretRedactor.redact(params, 3, 20);

        assertThat(clean).containsExactly(Map.entry("n".repeat(128) + "...", "v"),
                Map.entry("long", "wwwwwwwwwwwwwwwwwwww...[truncated 50 chars]"),
                Map.entry("Cookie", "[REDACTED]"), Map.entry("(parameters left out)", "1"));
        assertThat(SecretRedactor.redact(clean, 3, 20)).isEqualTo(clean);
    }
}
