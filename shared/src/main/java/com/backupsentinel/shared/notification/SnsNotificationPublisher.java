package com.backupsentinel.shared.notification;

import com.backupsentinel.shared.json.JsonWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.PublishRequest;

/**
 * Publishes with {@code MessageStructure=json}: email and SMS subscribers get the readable text, every other
 * protocol the structured payload. Attributes with blank values are left out (SNS rejects empty strings).
 */
public final class SnsNotificationPublisher implements NotificationPublisher {

    private final SnsClient sns;
    private final String topicArn;

    public SnsNotificationPublisher(SnsClient sns, String topicArn) {
        this.sns = Objects.requireNonNull(sns, "sns");
        this.topicArn = Objects.requireNonNull(topicArn, "topicArn");
    }

    @Override
    public String publish(Notification notification) {
        Map<String, MessageAttributeValue> attributes = new LinkedHashMap<>();
        notification.attributes().forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                attributes.put(name, MessageAttributeValue.builder().dataType("String").stringValue(value).build());
            }
        });
        return sns.publish(PublishRequest.builder()
                .topicArn(topicArn)
                .subject(notification.subject())
                .messageStructure("json")
                .message(messageJson(notification))
                .messageAttributes(attributes)
                .build()).messageId();
    }

    static String messageJson(Notification notification) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("default", notification.structuredJson());
        message.put("email", notification.text());
        message.put("email-json", notification.structuredJson());
        message.put("sms", notification.subject());
        return JsonWriter.write(message);
    }
}
