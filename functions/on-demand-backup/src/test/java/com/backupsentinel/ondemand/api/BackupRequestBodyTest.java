package com.backupsentinel.ondemand.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackupRequestBodyTest {

    private static final String RDS = "arn:aws:rds:us-west-2:123456789012:db:orders";

    private static void assertBadRequest(String body, String field, String message) {
        assertThatThrownBy(() -> BackupRequestBody.parse(Optional.of(body)))
                .isInstanceOf(HttpProblem.class)
                .hasMessage(message)
                .satisfies(e -> {
                    assertThat(((HttpProblem) e).status()).isEqualTo(400);
                    assertThat(((HttpProblem) e).field()).isEqualTo(field);
                });
    }

    @Test
    void anAbsentOrEmptyBodyMeansThePlansResources() {
        BackupRequestBody absent = BackupRequestBody.parse(Optional.empty());
        BackupRequestBody blank = BackupRequestBody.parse(Optional.of("  "));

        assertThat(absent.resources()).isEmpty();
        assertThat(absent.onlyConfig()).isFalse();
        assertThat(absent.idempotencyKey()).isEmpty();
        assertThat(absent.canonical()).isEqualTo("{}").isEqualTo(blank.canonical());
    }

    @Test
    void aBodyNestedDeeperThanTheParserAllowsIsABadRequestNotACrash() {
        assertBadRequest("[".repeat(1001) + "]".repeat(1001), "body", "body is not valid JSON: Document nesting depth"
                + " (1001) exceeds the maximum allowed (1000, from `StreamReadConstraints.getM...");
    }

    @Test
    void readsEveryField() {
        BackupRequestBody body = BackupRequestBody.parse(Optional.of(
                "{\"idempotencyKey\": \"k-1\", \"resources\": [\" " + RDS + " \"]}"));

        assertThat(body.resources()).containsExactly(RDS);
        assertThat(body.idempotencyKey()).contains("k-1");
    }

    @Test
    void theCanonicalFormIgnoresFieldOrderAndWhitespace() {
        assertThat(BackupRequestBody.parse(Optional.of("{\"onlyConfig\":true,\"idempotencyKey\":\"a\"}")).canonical())
                .isEqualTo(BackupRequestBody.parse(Optional.of("{ \"idempotencyKey\" : \"a\",\n\"onlyConfig\": true }"))
                        .canonical());
    }

    @Test
    void refusesUnknownFields() {
        assertBadRequest("{\"resource\": []}", "resource",
                "unknown field 'resource'; allowed fields: idempotencyKey, onlyConfig, resources");
    }

    @Test
    void refusesRepeatedFields() {
        assertThatThrownBy(() -> BackupRequestBody.parse(Optional.of("{\"onlyConfig\": true, \"onlyConfig\": false}")))
                .isInstanceOf(HttpProblem.class)
                .hasMessage("body is not valid JSON (line 1, column 34): Duplicate field 'onlyConfig'");
    }

    @Test
    void refusesABodyThatIsNotAnObject() {
        assertBadRequest("[1, 2]", "body", "body must be a JSON object, got array");
    }

    @Test
    void refusesBadResourceLists() {
        assertBadRequest("{\"resources\": []}", "resources", "resources must list 1 to 50 entries, got 0");
        assertBadRequest("{\"resources\": [42]}", "resources[0]", "resources[0] must be a non-empty string, got number");
        assertBadRequest("{\"resources\": [\"" + RDS + "\", \"" + RDS + "\"]}", "resources[1]",
                "resources[1] repeats '" + RDS + "'");
        assertBadRequest("{\"resources\": [\"db:orders\"]}", "resources[0]", "resources[0] must be an ARN such as "
                + "arn:aws:rds:eu-west-1:111122223333:db:orders, got 'db:orders'");
    }

    @Test
    void refusesNonBooleanOnlyConfig() {
        assertBadRequest("{\"onlyConfig\": \"yes\"}", "onlyConfig", "onlyConfig must be true or false, got the string \"yes\"");
    }

    @Test
    void refusesResourcesWithOnlyConfig() {
        assertBadRequest("{\"onlyConfig\": true, \"resources\": [\"" + RDS + "\"]}", "resources",
                "resources cannot be combined with onlyConfig: a configuration backup saves no resource data");
    }

    @Test
    void refusesMalformedIdempotencyKeys() {
        assertBadRequest("{\"idempotencyKey\": \"has space\"}", "idempotencyKey",
                "idempotencyKey must be 1 to 128 letters, digits or . _ : -, got 'has space'");
        assertBadRequest("{\"idempotencyKey\": 7}", "idempotencyKey", "idempotencyKey must be a non-empty string, got number");
    }
}
