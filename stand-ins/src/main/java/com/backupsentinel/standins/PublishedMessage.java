package com.backupsentinel.standins;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One message accepted by the SNS stand-in's Publish or PublishBatch, as the client sent it.
 *
 * @param topicArn          the topic published to
 * @param subject           the Subject, or {@code null} when the request had none
 * @param message           the Message body as sent (for {@code MessageStructure=json} the whole JSON document)
 * @param messageStructure  {@code "json"}, or {@code null} when the request had none
 * @param messageAttributes attribute name to its string value (binary values base64-encoded), sorted by name
 */
public record PublishedMessage(String topicArn, String subject, String message, String messageStructure,
                               Map<String, String> messageAttributes) {

    public PublishedMessage {
        Objects.requireNonNull(topicArn, "topicArn");
        Objects.requireNonNull(message, "message");
        messageAttributes = Collections.unmodifiableMap(new TreeMap<>(messageAttributes));
    }
}
