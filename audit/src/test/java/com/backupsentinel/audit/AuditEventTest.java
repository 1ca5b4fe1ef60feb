package com.backupsentinel.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.shared.json.JsonTrees;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void exportedLineHasTheSeedShapeWithFieldsInAFixedOrder() {
        AuditEvent event = new AuditEvent("e-1", "UsageLog.Ingested", Instant.ofEpochMilli(1690610557857L),
                "arn:aws:sts::123456789012:assumed-role/deployer/jane.doe", "airbnb", 200,
                Map.of("user", "jane.doe", "configMd5", "9e107d9d372bb6826bd81d3542a419d6"), "", 11,
                "UsageLogIngestorFunction");
        assertThat(AuditJson.toLine(event)).isEqualTo("{\"opType\":\"UsageLog.Ingested\",\"createdAt\":1690610557857,"
                + "\"caller\":\"arn:aws:sts::123456789012:assumed-role/deployer/jane.doe\",\"customerName\":\"airbnb\","
                + "\"responseCode\":200,\"requestParams\":{\"configMd5\":\"9e107d9d372bb6826bd81d3542a419d6\","
                + "\"user\":\"jane.doe\"},\"requestPayload\":\"\",\"latencyInMillis\":11,"
                + "\"source\":\"UsageLogIngestorFunction\",\"eventId\":\"e-1\"}");
    }

    @Test
    void exportedLineIsTheTextJacksonWroteForIt() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("z", "caf\u00e9 \ud83d\ude00 \ud800 \"q\" \\ / \u2028 \u0001\n");
        params.put("a", "");
        AuditEvent event = new AuditEvent("e-\ud83d\ude00", "Notifier.Alerted", Instant.ofEpochMilli(-1L),
                "caller \t", "customer", 503, params, "{\"payload\":\"\u00e9\"}", Long.MAX_VALUE, "source");
        ObjectNode jackson = JsonTrees.object();
        jackson.put("opType", event.opType());
        jackson.put("createdAt", event.createdAt().toEpochMilli());
        jackson.put("caller", event.caller());
        jackson.put("customerName", event.customerName());
        jackson.put("responseCode", event.responseCode());
        ObjectNode sorted = jackson.putObject("requestParams");
        event.sortedParams().forEach(sorted::put);
        jackson.put("requestPayload", event.requestPayload());
        jackson.put("latencyInMillis", event.latencyInMillis());
        jackson.put("source", event.source());
        jackson.put("eventId", event.eventId());

        assertThat(AuditJson.toLine(event)).isEqualTo(JsonTrees.write(jackson));
    }

    @Test
    void lineReadsBackToTheSameEvent() {
        AuditEvent event = AuditEvents.at("e-2", "2026-11-21T10:15:30.123Z");
        assertThat(AuditJson.fromLine(AuditJson.toLine(event))).isEqualTo(event);
    }

    @Test
    void parametersNamedLikeSecretsAreRedacted() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("password", "hunter2");
        params.put("X-Amz-Security-Token", "IQoJb3JpZ2luX2Vj");
        params.put("Authorization", "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20261121");
        params.put("resourceArn", "arn:aws:rds:us-west-2:123456789012:db:orders");
        AuditEvent event = new AuditEvent("e-3", "op", Instant.EPOCH, "", "", 200, params, "", 0, "");
        assertThat(event.requestParams()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "password", "[REDACTED]",
                "X-Amz-Security-Token", "[REDACTED]",
                "Authorization", "[REDACTED]",
                "resourceArn", "arn:aws:rds:us-west-2:123456789012:db:orders"));
    }

    @Test
    void secretsInsidePayloadsAndValuesAreRedacted() {
        AuditEvent event = new AuditEvent("e-4", "op", Instant.EPOCH, "", "", 200,
                Map.of("note", "key AKIAIOSFODNN7EXAMPLE leaked"),
                "{\"masterUserPassword\":\"s3cr3t!\",\"apiKey\": \"abc123\",\"db\":\"orders\"} Bearer eyJhbGciOiJIUzI1NiJ9.x",
                0, "");
        assertThat(event.requestParams().get("note")).isEqualTo("key [REDACTED] leaked");
        assertThat(event.requestPayload()).isEqualTo(
                "{\"masterUserPassword\":\"[REDACTED]\",\"apiKey\": \"[REDACTED]\",\"db\":\"orders\"} Bearer [REDACTED]");
    }

    @Test
    void oversizedPayloadIsCutAndSaysSo() {
        String payload = "a".repeat(AuditEvent.MAX_PAYLOAD_CHARS + 10);
        AuditEvent event = new AuditEvent("e-5", "op", Instant.EPOCH, "", "", 200, Map.of(), payload, 0, "");
        assertThat(event.requestPayload()).endsWith("...[truncated 10 chars]").hasSize(4096 + 23);
    }

    @Test
    void blankOperationIsRejected() {
        assertThatThrownBy(() -> new AuditEvent("e-6", " ", Instant.EPOCH, "", "", 200, Map.of(), "", 0, ""))
                .hasMessage("opType must not be blank");
    }

    @Test
    void negativeLatencyIsRejected() {
        assertThatThrownBy(() -> new AuditEvent("e-7", "op", Instant.EPOCH, "", "", 200, Map.of(), "", -1, ""))
                .hasMessage("latencyInMillis must not be negative, got -1");
    }
}
