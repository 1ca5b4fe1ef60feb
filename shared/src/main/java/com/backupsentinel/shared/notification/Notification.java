package com.backupsentinel.shared.notification;

import java.util.Map;
import java.util.Objects;

/**
 * A message for people and machines: {@code subject} and {@code text} for email, {@code structuredJson} for
 * chat, HTTPS and SQS subscribers (published together with SNS {@code MessageStructure=json}), and string
 * attributes for subscription filter policies.
 */
public record Notification(String subject, String text, String structuredJson, Map<String, String> attributes) {

    /** SNS takes subjects of fewer than 100 characters, without line breaks. */
    public static final int MAX_SUBJECT_LENGTH = 99;

    public Notification {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(structuredJson, "structuredJson");
        attributes = Map.copyOf(attributes);
        if (subject.isBlank() || subject.length() > MAX_SUBJECT_LENGTH) {
            throw new IllegalArgumentException("subject must be 1 to " + MAX_SUBJECT_LENGTH
                    + " characters, got " + subject.length());
        }
        for (int i = 0; i < subject.length(); i++) {
            if (Character.isISOControl(subject.charAt(i))) {
                throw new IllegalArgumentException("subject must not contain line breaks or control characters");
            }
        }
    }
}
