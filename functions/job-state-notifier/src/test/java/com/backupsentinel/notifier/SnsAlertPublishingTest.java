package com.backupsentinel.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.config.NotificationLevel;
import com.backupsentinel.shared.json.Json;
import com.backupsentinel.shared.notification.Notification;
import com.backupsentinel.shared.notification.SnsNotificationPublisher;
import com.backupsentinel.standins.PublishedMessage;
import com.backupsentinel.standins.SnsStandIn;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.SnsClient;

/** Rendered alerts published through the real SDK to the SNS stand-in, which validates them as SNS does. */
class SnsAlertPublishingTest {

    private static SnsStandIn standIn;
    private static SnsClient sns;
    private static SnsNotificationPublisher publisher;
    private static String topicArn;

    private final AlertRenderer renderer = new AlertRenderer(NotificationLevel.ALL);
    private final SeverityPolicy policy = new SeverityPolicy(BenignPatterns.none());

    @BeforeAll
    static void start() {
        standIn = SnsStandIn.start("123456789012", StandInClients.REGION);
        sns = StandInClients.sns(standIn.endpoint());
        topicArn = sns.createTopic(request -> request.name("backup-sentinel-alerts")).topicArn();
        publisher = new SnsNotificationPublisher(sns, topicArn);
    }

    @AfterAll
    static void stop() {
        sns.close();
        standIn.close();
    }

    @BeforeEach
    void forgetEarlierMessages() {
        standIn.clear();
    }

    @Test
    void publishesWithMessageStructureJsonTheEmailTextAndTheChatPayload() throws IOException {
        Notification notification = render("backup-job-failed.json");

        String messageId = publisher.publish(notification);

        assertThat(messageId).isNotBlank();
        PublishedMessage published = standIn.published().get(0);
        assertThat(published.topicArn()).isEqualTo(topicArn);
        assertThat(published.subject()).isEqualTo("[ERROR] Backup job FAILED: RDS arrakis-billing-production "
                + "(us-west-2)");
        assertThat(published.messageStructure()).isEqualTo("json");
        JsonNode message = Json.mapper().readTree(published.message());
        assertThat(message.path("email").asText()).isEqualTo(notification.text());
        assertThat(message.path("default").asText()).isEqualTo(notification.structuredJson());
        JsonNode chat = Json.mapper().readTree(message.path("default").asText());
        assertThat(chat.path("version").asText()).isEqualTo("1.0");
        assertThat(chat.path("source").asText()).isEqualTo("custom");
        assertThat(chat.path("content").path("textType").asText()).isEqualTo("client-markdown");
    }

    @Test
    void sendsTheAttributesSubscriptionFilterPoliciesUse() {
        publisher.publish(render("copy-job-failed.json"));

        assertThat(standIn.published().get(0).messageAttributes()).isEqualTo(Map.of("severity", "ERROR",
                "eventType", "Copy Job State Change", "state", "FAILED", "resourceType", "EBS",
                "accountId", "123456789012", "region", "us-west-2",
                "backupVaultName", "arrakis-backup-vault-production"));
    }

    @Test
    void leavesOutAttributesTheEventHasNoValueFor() {
        publisher.publish(render("unknown-detail-type.json"));

        assertThat(standIn.published().get(0).messageAttributes()).isEqualTo(Map.of("severity", "INFO",
                "eventType", "Region Setting State Change", "state", "MODIFIED", "accountId", "123456789012",
                "region", "us-west-2"));
    }

    @Test
    void getsALongUnsafeSubjectAcceptedBySns() {
        AlertFacts facts = SeverityPolicyTest.facts(TestEvents.backupJob("e-1", "job-1", "FAILED",
                "\"resourceName\":\"caf\\u00e9\\nBcc: " + "x".repeat(200) + "\""));

        publisher.publish(renderer.render(facts, policy.classify(facts)));

        assertThat(standIn.published().get(0).subject()).hasSize(99)
                .startsWith("[ERROR] Backup job FAILED: RDS caf? Bcc: xxx").endsWith("... (us-west-2)");
    }

    private Notification render(String file) {
        AlertFacts facts = AlertFactsAssembler.assemble(TestEvents.functionEvent(file), Optional.empty(),
                Optional.empty());
        return renderer.render(facts, policy.classify(facts));
    }
}
