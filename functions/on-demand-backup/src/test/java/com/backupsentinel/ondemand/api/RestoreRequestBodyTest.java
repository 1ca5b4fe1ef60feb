package com.backupsentinel.ondemand.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RestoreRequestBodyTest {

    private static final String POINT = "arn:aws:backup:us-west-2:123456789012:recovery-point:1EB3B5E7";

    private static void assertBadRequest(String body, String field, String message) {
        assertThatThrownBy(() -> RestoreRequestBody.parse(Optional.of(body)))
                .isInstanceOf(HttpProblem.class)
                .hasMessage(message)
                .satisfies(e -> assertThat(((HttpProblem) e).field()).isEqualTo(field));
    }

    @Test
    void readsARestoreOfABackupRequest() {
        RestoreRequestBody body = RestoreRequestBody.parse(Optional.of(
                "{\"timestamp\": \"2023-02-02t17-03-15\", \"skip\": [\"ebs\", \"" + POINT + "\"], \"confirm\": true}"));

        assertThat(body.timestamp()).contains("2023-02-02t17-03-15");
        assertThat(body.recoveryPointArn()).isEmpty();
        assertThat(body.skip()).containsExactly("EBS", POINT);
    }

    @Test
    void readsARestoreOfOneRecoveryPoint() {
        RestoreRequestBody body = RestoreRequestBody.parse(Optional.of(
                "{\"recoveryPointArn\": \"" + POINT + "\", \"confirm\": true, \"idempotencyKey\": \"dr-1\"}"));

        assertThat(body.recoveryPointArn()).contains(POINT);
        assertThat(body.idempotencyKey()).contains("dr-1");
    }

    @Test
    void needsExactlyOneSource() {
        String message = "give exactly one of timestamp (a backup request, e.g. 2023-02-02t17-03-15) and recoveryPointArn";
        assertBadRequest("{\"confirm\": true}", "timestamp", message);
        assertBadRequest("{\"timestamp\": \"2023-02-02t17-03-15\", \"recoveryPointArn\": \"" + POINT
                + "\", \"confirm\": true}", "timestamp", message);
    }

    @Test
    void refusesMalformedTimestamps() {
        assertBadRequest("{\"timestamp\": \"2023-02-02T17:03:15Z\", \"confirm\": true}", "timestamp",
                "timestamp must look like 2023-02-02t17-03-15 (UTC), got '2023-02-02T17:03:15Z'");
    }

    @Test
    void refusesUnknownSkipEntries() {
        assertThatThrownBy(() -> RestoreRequestBody.parse(Optional.of(
                "{\"timestamp\": \"2023-02-02t17-03-15\", \"skip\": [\"gitserver\"], \"confirm\": true}")))
                .hasMessageStartingWith("skip[0] must be an ARN or a resource type (Aurora, CloudFormation, ")
                .hasMessageEndingWith("), got 'gitserver'");
    }

    @Test
    void refusesWithoutConfirmOrWithAnythingButTrue() {
        String message = "confirm must be true: a restore creates resources from a backup, so it needs an explicit yes";
        assertBadRequest("{\"timestamp\": \"2023-02-02t17-03-15\"}", "confirm", message);
        assertBadRequest("{\"timestamp\": \"2023-02-02t17-03-15\", \"confirm\": false}", "confirm", message);
        assertBadRequest("{\"timestamp\": \"2023-02-02t17-03-15\", \"confirm\": \"true\"}", "confirm",
                "confirm must be true or false, got the string \"true\"");
    }

    @Test
    void refusesTheSeedsSvcsField() {
        assertBadRequest("{\"timestamp\": \"2023-02-02t17-03-15\", \"svcs\": {}, \"confirm\": true}", "svcs",
                "unknown field 'svcs'; allowed fields: confirm, idempotencyKey, recoveryPointArn, skip, timestamp");
    }
}
