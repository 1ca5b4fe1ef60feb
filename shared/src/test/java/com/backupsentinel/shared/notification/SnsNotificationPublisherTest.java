package com.backupsentinel.shared.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.json.JsonTrees;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnsNotificationPublisherTest {

    @Test
    void messageCarriesTextForEmailAndTheStructuredPayloadForEverythingElse() throws Exception {
        Notification notification = new Notification("[ERROR] Backup job FAILED", "Line one\nLine \"two\"",
                "{\"version\":\"1.0\"}", Map.of("severity", "ERROR"));
        JsonNode message = Json.mapper().readTree(SnsNotificationPublisher.messageJson(notification));
        assertThat(message.get("default").asText()).isEqualTo("{\"version\":\"1.0\"}");
        assertThat(message.get("email").asText()).isEqualTo("Line one\nLine \"two\"");
        assertThat(message.get("email-json").asText()).isEqualTo("{\"version\":\"1.0\"}");
        assertThat(message.get("sms").asText()).isEqualTo("[ERROR] Backup job FAILED");
    }

    @Test
    void messageIsTheBytesJacksonWroteForIt() {
        Notification notification = new Notification("[ERROR] caf\u00e9 \ud83d\ude00 \"x\"", "Line one\nLine \u2028 \\ /",
                "{\"title\":\"\\uD83D\\uDE00\"}", Map.of());
        ObjectNode jackson = JsonTrees.object();
        jackson.put("default", notification.structuredJson());
        jackson.put("email", notification.text());
        jackson.put("email-json", notification.structuredJson());
        jackson.put("sms", notification.subject());

        assertThat(SnsNotificationPublisher.messageJson(notification)).isEqualTo(JsonTrees.write(jackson));
    }

    @Test
    void subjectLongerThanSnsAllowsIsRejected() {
        String subject = "x".repeat(100);
        assertThatThrownBy(() -> new Notification(subject, "t", "{}", Map.of()))
                .hasMessage("subject must be 1 to 99 characters, got 100");
    }

    @Test
    void subjectWithALineBreakIsRejected() {
        assertThatThrownBy(() -> new Notification("Backup\nFAILED", "t", "{}", Map.of()))
                .hasMessage("subject must not contain line breaks or control characters");
    }
}
