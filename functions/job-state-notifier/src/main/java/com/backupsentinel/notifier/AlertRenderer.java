package com.backupsentinel.notifier;

import com.backupsentinel.shared.config.NotificationLevel;
import com.backupsentinel.shared.notification.Notification;
import com.backupsentinel.shared.text.UntrustedText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** Turns alert facts into the {@link Notification} SNS publishes: subject, email text, chat payload, attributes. */
final class AlertRenderer {

    private final NotificationLevel level;

    AlertRenderer(NotificationLevel level) {
        this.level = Objects.requireNonNull(level, "level");
    }

    Notification render(AlertFacts facts, Classification classification) {
        AlertContent content = AlertComposer.compose(facts, classification);
        Map<String, String> attributes = attributes(facts, classification);
        Map<String, String> safeAttributes = new LinkedHashMap<>();
        attributes.forEach((name, value) -> safeAttributes.put(name, UntrustedText.chat(value)));
        return new Notification(content.subject(), EmailText.render(content, classification.severity(), level),
                ChatbotPayload.render(content, facts, classification, attributes), safeAttributes);
    }

    /**
     * SNS message attributes for subscription filter policies, as the event gave them; blank ones are left out by
     * the publisher. They reach SNS through {@link UntrustedText#chat} (subscribers such as chat bridges show
     * them): filter-policy values (severities, detail-types, states, types, accounts, regions, vault names) do not
     * change.
     */
    static Map<String, String> attributes(AlertFacts facts, Classification classification) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("severity", classification.severity().name());
        attributes.put("eventType", facts.envelope().detailType());
        attributes.put("state", facts.state().orElse(""));
        attributes.put("resourceType", facts.resourceType().orElse(""));
        attributes.put("accountId", facts.envelope().account());
        attributes.put("region", facts.envelope().region());
        attributes.put("backupVaultName", facts.backupVaultName().orElse(""));
        return attributes;
    }
}
