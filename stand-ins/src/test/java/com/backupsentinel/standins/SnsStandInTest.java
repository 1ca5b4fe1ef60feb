package com.backupsentinel.standins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.InvalidParameterException;
import software.amazon.awssdk.services.sns.model.InvalidParameterValueException;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.NotFoundException;
import software.amazon.awssdk.services.sns.model.PublishBatchRequestEntry;
import software.amazon.awssdk.services.sns.model.PublishBatchResponse;
import software.amazon.awssdk.services.sns.model.Subscription;
import software.amazon.awssdk.services.sns.model.Topic;

/** The SNS query protocol through the real SDK: topics, subscriptions, publishing and SNS's validation errors. */
class SnsStandInTest {

    private static SnsStandIn sns;
    private static SnsClient client;
    private static String topicArn;

    @BeforeAll
    static void start() {
        sns = SnsStandIn.start("123456789012", "us-west-2");
        client = Clients.of(SnsClient.builder(), sns.endpoint(), "us-west-2");
        topicArn = client.createTopic(request -> request.name("backup-sentinel-alerts")).topicArn();
    }

    @AfterAll
    static void stop() {
        client.close();
        sns.close();
    }

    @BeforeEach
    void forgetMessages() {
        sns.clear();
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        LoopbackOnly.assertLoopbackOnly(sns.endpoint());
    }

    @Test
    void createsTopicsIdempotentlyByNameInTheSignedRegion() {
        assertThat(topicArn).isEqualTo("arn:aws:sns:us-west-2:123456789012:backup-sentinel-alerts");
        assertThat(client.createTopic(request -> request.name("backup-sentinel-alerts")).topicArn()).isEqualTo(topicArn);
        try (SnsClient east = Clients.of(SnsClient.builder(), sns.endpoint(), "us-east-1")) {
            assertThat(east.createTopic(request -> request.name("replica-alerts")).topicArn())
                    .isEqualTo("arn:aws:sns:us-east-1:123456789012:replica-alerts");
            assertThat(east.listTopics().topics()).extracting(Topic::topicArn)
                    .containsExactly("arn:aws:sns:us-east-1:123456789012:replica-alerts");
        }
        assertThat(client.listTopics().topics()).extracting(Topic::topicArn).contains(topicArn)
                .noneMatch(arn -> arn.contains("us-east-1"));
    }

    @Test
    void readsAndSetsTopicAttributes() {
        client.setTopicAttributes(request -> request.topicArn(topicArn).attributeName("DisplayName").attributeValue("Backups"));
        Map<String, String> attributes = client.getTopicAttributes(request -> request.topicArn(topicArn)).attributes();
        assertThat(attributes).containsEntry("TopicArn", topicArn).containsEntry("DisplayName", "Backups")
                .containsEntry("Owner", "123456789012").containsKey("Policy");
        assertThatThrownBy(() -> client.setTopicAttributes(request -> request.topicArn(topicArn).attributeName("Colour")
                .attributeValue("blue")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith("Invalid parameter: AttributeName");
    }

    @Test
    void subscribesAndListsSubscriptions() {
        String arn = client.subscribe(request -> request.topicArn(topicArn).protocol("email").endpoint("ops@example.com"))
                .subscriptionArn();
        assertThat(arn).isEqualTo("pending confirmation");
        assertThat(client.listSubscriptionsByTopic(request -> request.topicArn(topicArn)).subscriptions())
                .extracting(Subscription::protocol, Subscription::endpoint)
                .contains(tuple("email", "ops@example.com"));
    }

    @Test
    void recordsPublishedMessagesWithSubjectStructureAndAttributes() {
        String messageId = client.publish(request -> request.topicArn(topicArn).subject("[FAILED] Backup job in us-west-2")
                .message("{\"default\":\"Backup failed\",\"email\":\"Backup failed: details\"}").messageStructure("json")
                .messageAttributes(Map.of(
                        "severity", MessageAttributeValue.builder().dataType("String").stringValue("CRITICAL").build(),
                        "count", MessageAttributeValue.builder().dataType("Number").stringValue("3").build(),
                        "blob", MessageAttributeValue.builder().dataType("Binary")
                                .binaryValue(SdkBytes.fromUtf8String("hi")).build())))
                .messageId();

        assertThat(messageId).isNotBlank();
        assertThat(sns.published()).containsExactly(new PublishedMessage(topicArn, "[FAILED] Backup job in us-west-2",
                "{\"default\":\"Backup failed\",\"email\":\"Backup failed: details\"}", "json",
                Map.of("severity", "CRITICAL", "count", "3", "blob", "aGk=")));
    }

    @Test
    void recordsAPlainMessageWithoutSubjectOrStructure() {
        client.publish(request -> request.topicArn(topicArn).message("All backups completed"));
        assertThat(sns.published()).containsExactly(new PublishedMessage(topicArn, null, "All backups completed", null, Map.of()));
    }

    @Test
    void rejectsAnUnknownTopicWithNotFound() {
        assertThatThrownBy(() -> client.publish(request -> request.topicArn("arn:aws:sns:us-west-2:123456789012:nope")
                .message("x")))
                .isInstanceOf(NotFoundException.class)
                .hasMessageStartingWith("Topic does not exist");
        assertThat(sns.published()).isEmpty();
    }

    @Test
    void rejectsSubjectsThatAreTooLongOrHaveLineBreaks() {
        assertThatThrownBy(() -> client.publish(request -> request.topicArn(topicArn).message("x").subject("s".repeat(101))))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith("Invalid parameter: Subject");
        assertThatThrownBy(() -> client.publish(request -> request.topicArn(topicArn).message("x").subject("two\nlines")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith("Invalid parameter: Subject");
        client.publish(request -> request.topicArn(topicArn).message("x").subject("s".repeat(100)));
        assertThat(sns.published()).hasSize(1);
    }

    @Test
    void rejectsJsonStructuresThatDoNotParseOrLackADefault() {
        assertThatThrownBy(() -> client.publish(request -> request.topicArn(topicArn).messageStructure("json").message("{oops")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith("Invalid parameter: Message Structure - JSON message body failed to parse");
        assertThatThrownBy(() -> client.publish(request -> request.topicArn(topicArn).messageStructure("json")
                .message("{\"email\":\"only email\"}")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith("Invalid parameter: Message Structure - No default entry in JSON message body");
    }

    @Test
    void rejectsMessagesOverTwoHundredFiftySixKibibytes() {
        String exactly = "x".repeat(256 * 1024);
        client.publish(request -> request.topicArn(topicArn).message(exactly));
        assertThatThrownBy(() -> client.publish(request -> request.topicArn(topicArn).message(exactly + "x")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageStartingWith("Invalid parameter: Message too long");
    }

    @Test
    void rejectsEmptyAttributeValues() {
        assertThatThrownBy(() -> client.publish(request -> request.topicArn(topicArn).message("x").messageAttributes(Map.of(
                "severity", MessageAttributeValue.builder().dataType("String").stringValue("").build()))))
                .isInstanceOf(InvalidParameterValueException.class)
                .hasMessageStartingWith("The message attribute 'severity' must contain non-empty message attribute value for "
                        + "message attribute type 'String'.");
    }

    @Test
    void publishesBatchesAndReportsFailedEntries() {
        PublishBatchResponse response = client.publishBatch(request -> request.topicArn(topicArn).publishBatchRequestEntries(
                PublishBatchRequestEntry.builder().id("ok").message("first").subject("Digest").build(),
                PublishBatchRequestEntry.builder().id("bad").message("second").subject("bad\nsubject").build()));

        assertThat(response.successful()).singleElement().satisfies(entry -> assertThat(entry.id()).isEqualTo("ok"));
        assertThat(response.failed()).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo("bad");
            assertThat(entry.code()).isEqualTo("InvalidParameter");
            assertThat(entry.senderFault()).isTrue();
        });
        assertThat(sns.published()).extracting(PublishedMessage::message).containsExactly("first");
    }
}
