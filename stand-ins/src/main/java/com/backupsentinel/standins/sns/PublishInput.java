package com.backupsentinel.standins.sns;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The members of a Publish request (or of one PublishBatch entry) the stand-in validates and records.
 *
 * @param topicArn         TopicArn or TargetArn
 * @param message          the Message
 * @param subject          the Subject, or null
 * @param messageStructure the MessageStructure, or null
 * @param messageGroupId   the MessageGroupId (FIFO topics), or null
 * @param attributes       attribute name to its type and value, in request order
 */
record PublishInput(String topicArn, String message, String subject, String messageStructure, String messageGroupId,
                    Map<String, MessageAttribute> attributes) {

    /** Reads the members from a request form or a PublishBatch entry's sub-form. */
    static PublishInput from(String topicArn, QueryForm form) {
        Map<String, MessageAttribute> attributes = new LinkedHashMap<>();
        for (QueryForm entry : form.entries("MessageAttributes")) {
            String name = entry.optional("Name").orElse("");
            String type = entry.optional("Value.DataType").orElse(null);
            String value = entry.optional("Value.StringValue").or(() -> entry.optional("Value.BinaryValue")).orElse(null);
            attributes.put(name, new MessageAttribute(type, value));
        }
        return new PublishInput(topicArn, form.optional("Message").orElse(null), form.optional("Subject").orElse(null),
                form.optional("MessageStructure").orElse(null), form.optional("MessageGroupId").orElse(null), attributes);
    }
}
