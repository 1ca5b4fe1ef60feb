package com.backupsentinel.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.Severity;
import com.backupsentinel.shared.config.NotificationLevel;
import com.backupsentinel.shared.events.AwsBackupEventParser;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.json.JsonTrees;
import com.backupsentinel.shared.notification.Notification;
import com.backupsentinel.shared.notification.SnsNotificationPublisher;
import com.backupsentinel.standins.SnsStandIn;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * Names that AWS (or a forged direct invoke) supplies reach every chat field and SNS attribute as inert text:
 * no {@code <!channel>}/{@code <!here>}/{@code @here} mention, no HTML, no line break, no bidi or zero-width
 * character. The email keeps the text readable on one line.
 */
class HostileNamesTest {

    /** Mentions, HTML, CR/LF, a right-to-left override, an isolate pair and zero-width characters. */
    private static final String NAME = "<!channel>\r\n<img src=x onerror=alert(1)>@here\u202Egnp.exe\u2066x\u2069"
            + "\u200By\uFEFF";
    private static final String CHAT_NAME = "&lt;!channel&gt;  &lt;img src=x onerror=alert(1)&gt;\uFF20heregnp.exexy";
    private static final String RESOURCE_ARN = "arn:aws:rds:us-west-2:111122223333:db:" + NAME;

    private final AlertRenderer renderer = new AlertRenderer(NotificationLevel.ALL);

    private static ObjectNode hostileEvent() {
        ObjectNode event = Json.mapper().createObjectNode();
        event.put("version", "0").put("id", "e-" + NAME).put("detail-type", "Backup Job State Change")
                .put("source", "aws.backup").put("account", "111122223333").put("time", "2026-11-20T01:47:12Z")
                .put("region", "us-west-2").putArray("resources").add(RESOURCE_ARN);
        event.putObject("detail").put("backupJobId", "job-1").put("state", "FAILED")
                .put("resourceArn", RESOURCE_ARN).put("resourceType", "RDS\u202E")
                .put("backupVaultName", NAME).put("statusMessage", "Failed: " + NAME);
        return event;
    }

    private Notification render(ObjectNode event) {
        return renderer.render(SeverityPolicyTest.facts(AwsBackupEventParser.parse(JsonTrees.writeBytes(event))),
                Classification.of(Severity.ERROR, "FAILED"));
    }

    @Test
    void everyChatFieldCarriesTheNamesAsInertText() throws IOException {
        JsonNode chat = Json.mapper().readTree(render(hostileEvent()).structuredJson());

        String subject = "[ERROR] Backup job FAILED: RDS &lt;!channel&gt; &lt;img src=x onerror=alert(1)&gt;"
                + "\uFF20heregnp.exexy (us-west-2)";
        assertThat(chat.path("id").asText()).isEqualTo("e-" + CHAT_NAME);
        assertThat(chat.path("content").path("title").asText()).isEqualTo(":red_circle: " + subject);
        assertThat(chat.path("metadata").path("summary").asText()).isEqualTo(subject);
        assertThat(Json.mapper().convertValue(chat.path("content").path("keywords"), List.class))
                .containsExactly("ERROR", "Backup job", "FAILED", "RDS", "us-west-2");
        assertThat(Json.mapper().convertValue(chat.path("metadata").path("relatedResources"), List.class))
                .containsExactly("arn:aws:rds:us-west-2:111122223333:db:" + CHAT_NAME);
        assertThat(chat.path("metadata").path("additionalContext").path("backupVaultName").asText())
                .isEqualTo(CHAT_NAME);
        assertThat(chat.path("metadata").path("additionalContext").path("eventId").asText())
                .isEqualTo("e-" + CHAT_NAME);
        assertThat(chat.path("metadata").path("threadId").asText())
                .isEqualTo("backup-job-111122223333-us-west-2-job-1");
        assertThat(chat.path("content").path("description").asText())
                .contains("\n*Status message:* Failed: " + CHAT_NAME + "\n")
                .contains("\n*Backup vault:* " + CHAT_NAME + "\n");
        assertThat(chat.toString()).doesNotContain("<!", "<img", "@here", "\\r", "\\u202e", "\\u2066", "\\u200b",
                "\\ufeff");
    }

    @Test
    void chatPayloadIsTheTextJacksonWritesForIt() throws IOException {
        ObjectNode event = hostileEvent();
        ((ObjectNode) event.path("detail")).put("backupVaultName", "vault \ud83d\ude00 caf\u00e9 \"q\" \\ / \u2028");

        String chat = render(event).structuredJson();

        assertThat(chat).contains("vault \\uD83D\\uDE00 caf\u00e9 \\\"q\\\" \\\\ /");
        assertThat(JsonTrees.write(JsonTrees.read(chat))).isEqualTo(chat);
    }

    @Test
    void snsAttributesCarryTheNamesAsInertText() {
        Notification notification = render(hostileEvent());

        assertThat(notification.attributes()).containsEntry("backupVaultName", CHAT_NAME)
                .containsEntry("resourceType", "RDS").containsEntry("eventType", "Backup Job State Change");
    }

    @Test
    void theEmailShowsEachNameOnOneLineWithoutInvisibleCharacters() {
        Notification notification = render(hostileEvent());

        String plain = "<!channel>  <img src=x onerror=alert(1)>@heregnp.exexy";
        assertThat(notification.text()).contains("\nBackup vault:   " + plain + "\n")
                .contains("\nStatus message: Failed: " + plain + "\n")
                .doesNotContain("\r", "\u202E", "\u2066", "\u200B", "\uFEFF");
        assertThat(notification.subject()).isEqualTo("[ERROR] Backup job FAILED: RDS <!channel> <img src=x "
                + "onerror=alert(1)>@heregnp.exexy (us-west-2)");
    }

    @Test
    void theAttributesReachSnsEscaped() {
        try (SnsStandIn standIn = SnsStandIn.start("123456789012", StandInClients.REGION);
             SnsClient sns = StandInClients.sns(standIn.endpoint())) {
            String topic = sns.createTopic(request -> request.name("alerts")).topicArn();

            new SnsNotificationPublisher(sns, topic).publish(render(hostileEvent()));

            Map<String, String> attributes = standIn.published().get(0).messageAttributes();
            assertThat(attributes).containsEntry("backupVaultName", CHAT_NAME).containsEntry("resourceType", "RDS");
        }
    }
}
