package com.backupsentinel.standins.sns;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Runs one query-protocol action and renders its XML response. */
final class SnsActions {

    private static final int TOPICS_PER_PAGE = 100;
    private static final int MAX_BATCH = 10;

    private final SnsTopics topics;

    SnsActions(SnsTopics topics) {
        this.topics = topics;
    }

    String run(String action, QueryForm form, String region) {
        return switch (action) {
            case "CreateTopic" -> result(action, new Xml().text("TopicArn",
                    topics.create(region, form.required("Name"), form.stringMap("Attributes"))));
            case "ListTopics" -> listTopics(form, region);
            case "GetTopicAttributes" -> getTopicAttributes(form);
            case "SetTopicAttributes" -> {
                topics.setAttribute(form.required("TopicArn"), form.required("AttributeName"),
                        form.optional("AttributeValue").orElse(null));
                yield result(action, null);
            }
            case "Subscribe" -> result(action, new Xml().text("SubscriptionArn", topics.subscribe(form.required("TopicArn"),
                    form.required("Protocol"), form.optional("Endpoint").orElse(null),
                    form.optional("ReturnSubscriptionArn").map(Boolean::parseBoolean).orElse(false))));
            case "ListSubscriptionsByTopic" -> listSubscriptions(form);
            case "Publish" -> publish(form);
            case "PublishBatch" -> publishBatch(form);
            default -> throw new SnsError("InvalidAction", 400, "The action " + action + " is not valid for this endpoint.");
        };
    }

    private String listTopics(QueryForm form, String region) {
        List<String> arns = topics.arns(region);
        int start = form.optional("NextToken").map(SnsActions::offset).orElse(0);
        int end = Math.min(arns.size(), start + TOPICS_PER_PAGE);
        Xml xml = new Xml().open("Topics");
        for (String arn : arns.subList(Math.min(start, arns.size()), end)) {
            xml.open("member").text("TopicArn", arn).close("member");
        }
        xml.close("Topics");
        if (end < arns.size()) {
            xml.text("NextToken", String.valueOf(end));
        }
        return result("ListTopics", xml);
    }

    private String getTopicAttributes(QueryForm form) {
        Xml xml = new Xml().open("Attributes");
        for (Map.Entry<String, String> attribute : topics.attributes(form.required("TopicArn")).entrySet()) {
            xml.open("entry").text("key", attribute.getKey()).text("value", attribute.getValue()).close("entry");
        }
        return result("GetTopicAttributes", xml.close("Attributes"));
    }

    private String listSubscriptions(QueryForm form) {
        Topic topic = topics.topic(form.required("TopicArn"));
        Xml xml = new Xml().open("Subscriptions");
        for (Topic.Subscription subscription : topic.subscriptions()) {
            xml.open("member").text("TopicArn", topic.arn()).text("Protocol", subscription.protocol())
                    .text("SubscriptionArn", subscription.arn()).text("Owner", topic.arn().split(":")[4])
                    .text("Endpoint", subscription.endpoint()).close("member");
        }
        return result("ListSubscriptionsByTopic", xml.close("Subscriptions"));
    }

    private String publish(QueryForm form) {
        if (form.optional("PhoneNumber").isPresent()) {
            throw SnsError.invalidParameter("PhoneNumber Reason: SMS is not supported by the SNS stand-in");
        }
        String topicArn = form.optional("TopicArn").or(() -> form.optional("TargetArn")).orElse(null);
        return result("Publish", new Xml().text("MessageId", topics.publish(PublishInput.from(topicArn, form))));
    }

    private String publishBatch(QueryForm form) {
        String topicArn = form.required("TopicArn");
        topics.topic(topicArn);
        List<QueryForm> entries = form.members("PublishBatchRequestEntries");
        if (entries.isEmpty()) {
            throw new SnsError("EmptyBatchRequest", 400, "The batch request doesn't contain any entries.");
        }
        if (entries.size() > MAX_BATCH) {
            throw new SnsError("TooManyEntriesInBatchRequest", 400,
                    "The batch request contains more entries than permissible.");
        }
        Set<String> ids = new HashSet<>();
        for (QueryForm entry : entries) {
            if (!ids.add(entry.optional("Id").orElse(""))) {
                throw new SnsError("BatchEntryIdsNotDistinct", 400, "Two or more batch entries in the request have the same Id.");
            }
        }
        Xml successful = new Xml().open("Successful");
        Xml failed = new Xml().open("Failed");
        for (QueryForm entry : entries) {
            String id = entry.optional("Id").orElse("");
            try {
                String messageId = topics.publish(PublishInput.from(topicArn, entry));
                successful.open("member").text("Id", id).text("MessageId", messageId).close("member");
            } catch (SnsError e) {
                failed.open("member").text("Id", id).text("Code", e.code()).text("Message", e.getMessage())
                        .text("SenderFault", "true").close("member");
            }
        }
        return "<PublishBatchResponse xmlns=\"" + Xml.NAMESPACE + "\"><PublishBatchResult>" + successful.close("Successful")
                + failed.close("Failed") + "</PublishBatchResult>" + metadata() + "</PublishBatchResponse>";
    }

    private static int offset(String token) {
        try {
            return Math.max(0, Integer.parseInt(token));
        } catch (NumberFormatException e) {
            throw SnsError.invalidParameter("NextToken");
        }
    }

    private static String result(String action, Xml content) {
        String inner = content == null ? "" : "<" + action + "Result>" + content + "</" + action + "Result>";
        return "<" + action + "Response xmlns=\"" + Xml.NAMESPACE + "\">" + inner + metadata() + "</" + action + "Response>";
    }

    private static String metadata() {
        return "<ResponseMetadata><RequestId>" + UUID.randomUUID() + "</RequestId></ResponseMetadata>";
    }
}
