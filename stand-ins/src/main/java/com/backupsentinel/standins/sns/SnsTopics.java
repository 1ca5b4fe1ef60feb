package com.backupsentinel.standins.sns;

import com.backupsentinel.standins.PublishedMessage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/** The topics of one account across regions, and every message accepted. */
final class SnsTopics {

    private static final Pattern TOPIC_NAME = Pattern.compile("[A-Za-z0-9_\\-]{1,256}(\\.fifo)?");
    private static final Set<String> SETTABLE = Set.of("DisplayName", "Policy", "DeliveryPolicy", "KmsMasterKeyId",
            "TracingConfig", "SignatureVersion", "ContentBasedDeduplication", "ArchivePolicy", "FifoThroughputScope",
            "HTTPSuccessFeedbackRoleArn", "HTTPFailureFeedbackRoleArn", "HTTPSuccessFeedbackSampleRate",
            "LambdaSuccessFeedbackRoleArn", "LambdaFailureFeedbackRoleArn", "LambdaSuccessFeedbackSampleRate",
            "SQSSuccessFeedbackRoleArn", "SQSFailureFeedbackRoleArn", "SQSSuccessFeedbackSampleRate",
            "FirehoseSuccessFeedbackRoleArn", "FirehoseFailureFeedbackRoleArn", "FirehoseSuccessFeedbackSampleRate");
    private static final Set<String> PROTOCOLS = Set.of("http", "https", "email", "email-json", "sms", "sqs",
            "application", "lambda", "firehose");

    private final String accountId;
    private final Map<String, Topic> topics = new ConcurrentSkipListMap<>();
    private final List<PublishedMessage> published = new CopyOnWriteArrayList<>();

    SnsTopics(String accountId) {
        this.accountId = accountId;
    }

    synchronized String create(String region, String name, Map<String, String> attributes) {
        boolean fifoRequested = "true".equalsIgnoreCase(attributes.get("FifoTopic"));
        if (!TOPIC_NAME.matcher(name).matches() || fifoRequested != name.endsWith(".fifo")) {
            throw SnsError.invalidParameter("Topic Name");
        }
        String arn = "arn:aws:sns:" + region + ":" + accountId + ":" + name;
        topics.computeIfAbsent(arn, a -> new Topic(a, attributes));
        return arn;
    }

    List<String> arns(String region) {
        String prefix = "arn:aws:sns:" + region + ":";
        return topics.keySet().stream().filter(arn -> arn.startsWith(prefix)).toList();
    }

    Topic topic(String arn) {
        Topic topic = topics.get(arn);
        if (topic == null) {
            throw SnsError.notFound("Topic does not exist");
        }
        return topic;
    }

    Map<String, String> attributes(String arn) {
        Topic topic = topic(arn);
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("TopicArn", arn);
        attributes.put("Owner", accountId);
        attributes.put("DisplayName", "");
        attributes.put("SubscriptionsConfirmed", String.valueOf(topic.subscriptions().stream()
                .filter(s -> !s.arn().equals("pending confirmation")).count()));
        attributes.put("SubscriptionsPending", String.valueOf(topic.subscriptions().stream()
                .filter(s -> s.arn().equals("pending confirmation")).count()));
        attributes.put("SubscriptionsDeleted", "0");
        attributes.put("Policy", defaultPolicy(arn));
        attributes.putAll(topic.attributes());
        return attributes;
    }

    void setAttribute(String arn, String name, String value) {
        if (!SETTABLE.contains(name)) {
            throw SnsError.invalidParameter("AttributeName");
        }
        topic(arn).attributes().put(name, value == null ? "" : value);
    }

    String subscribe(String arn, String protocol, String endpoint, boolean returnArn) {
        if (!PROTOCOLS.contains(protocol)) {
            throw SnsError.invalidParameter("Invalid protocol type: " + protocol);
        }
        if (endpoint == null || endpoint.isBlank()) {
            throw SnsError.invalidParameter("Endpoint");
        }
        Topic topic = topic(arn);
        String subscriptionArn = arn + ":" + UUID.randomUUID();
        boolean needsConfirmation = protocol.startsWith("email") || protocol.startsWith("http");
        topic.subscriptions().add(new Topic.Subscription(needsConfirmation ? "pending confirmation" : subscriptionArn,
                protocol, endpoint));
        return needsConfirmation && !returnArn ? "pending confirmation" : subscriptionArn;
    }

    /** Validates and records one message; returns its MessageId. */
    String publish(PublishInput input) {
        if (input.topicArn() == null) {
            throw SnsError.invalidParameter("TopicArn or TargetArn Reason: no value for required parameter");
        }
        PublishValidator.validate(input);
        Topic topic = topic(input.topicArn());
        if (topic.fifo() && (input.messageGroupId() == null || input.messageGroupId().isEmpty())) {
            throw SnsError.invalidParameter("The MessageGroupId parameter is required for FIFO topics");
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        input.attributes().forEach((name, attribute) -> attributes.put(name, attribute.value()));
        published.add(new PublishedMessage(input.topicArn(), input.subject(), input.message(), input.messageStructure(),
                attributes));
        return UUID.randomUUID().toString();
    }

    List<PublishedMessage> published() {
        return List.copyOf(new ArrayList<>(published));
    }

    void clear() {
        published.clear();
    }

    private String defaultPolicy(String arn) {
        return "{\"Version\":\"2008-10-17\",\"Id\":\"__default_policy_ID\",\"Statement\":[{\"Sid\":\"__default_statement_ID\","
                + "\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"*\"},\"Action\":[\"SNS:Publish\",\"SNS:Subscribe\","
                + "\"SNS:GetTopicAttributes\",\"SNS:SetTopicAttributes\"],\"Resource\":\"" + arn + "\","
                + "\"Condition\":{\"StringEquals\":{\"AWS:SourceOwner\":\"" + accountId + "\"}}}]}";
    }
}
