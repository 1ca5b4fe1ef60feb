package com.backupsentinel.notifier;

import com.backupsentinel.shared.json.JsonWriter;
import com.backupsentinel.shared.text.UntrustedText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The structured payload chat, HTTPS and SQS subscribers get, in the AWS Chatbot (Amazon Q Developer in chat
 * applications) custom notification format: {@code version} 1.0, {@code source} custom, {@code content} with
 * {@code textType} client-markdown, title, description, nextSteps and keywords, and {@code metadata} with a
 * thread per job, the event type, related resources and string-valued additional context. Every text that can hold
 * something AWS or an event supplied goes through {@link UntrustedText#chat}, so a name such as {@code <!channel>}
 * or {@code <img onerror=...>} reaches the chat as text, on one line, without bidi or zero-width characters.
 */
final class ChatbotPayload {

    /** The description is cut beyond this many characters. */
    static final int MAX_DESCRIPTION = 8_000;

    private ChatbotPayload() {
    }

    static String render(AlertContent content, AlertFacts facts, Classification classification,
                         Map<String, String> attributes) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", "1.0");
        root.put("source", "custom");
        root.put("id", UntrustedText.chat(facts.envelope().id()));
        Map<String, Object> body = new LinkedHashMap<>();
        root.put("content", body);
        body.put("textType", "client-markdown");
        body.put("title", emoji(classification) + " " + UntrustedText.chat(content.subject()));
        body.put("description", description(content));
        List<String> steps = new ArrayList<>();
        content.nextSteps().forEach(step -> steps.add(UntrustedText.chat(step)));
        steps.add(ChatMarkdown.link(content.consoleUrl(), "Open it in the AWS Backup console"));
        body.put("nextSteps", steps);
        List<String> keywords = new ArrayList<>();
        keywords(facts, classification).forEach(keyword -> keywords.add(UntrustedText.chat(keyword)));
        body.put("keywords", keywords);
        Map<String, Object> metadata = new LinkedHashMap<>();
        root.put("metadata", metadata);
        metadata.put("threadId", UntrustedText.chat(threadId(facts)));
        metadata.put("summary", UntrustedText.chat(content.subject()));
        metadata.put("eventType", UntrustedText.chat(facts.envelope().detailType()));
        List<String> related = new ArrayList<>();
        relatedResources(facts).forEach(resource -> related.add(UntrustedText.chat(resource)));
        metadata.put("relatedResources", related);
        Map<String, String> context = new LinkedHashMap<>();
        Map<String, String> additional = new LinkedHashMap<>(attributes);
        additional.put("eventId", facts.envelope().id());
        additional.forEach((key, value) -> {
            if (!value.isBlank()) {
                context.put(key, UntrustedText.chat(value));
            }
        });
        metadata.put("additionalContext", context);
        return JsonWriter.write(root);
    }

    private static String description(AlertContent content) {
        StringBuilder text = new StringBuilder(UntrustedText.chat(content.summary())).append('\n');
        for (Fact fact : content.facts()) {
            text.append("\n*").append(UntrustedText.chat(fact.label())).append(":* ")
                    .append(UntrustedText.chat(fact.value()));
        }
        content.note().ifPresent(note -> text.append("\n\n_").append(UntrustedText.chat(note)).append('_'));
        if (text.length() > MAX_DESCRIPTION) {
            text.setLength(MAX_DESCRIPTION - 3);
            text.append("...");
        }
        return text.toString();
    }

    private static String emoji(Classification classification) {
        switch (classification.severity()) {
            case ERROR:
                return ":red_circle:";
            case WARNING:
                return ":warning:";
            default:
                return ":information_source:";
        }
    }

    private static Set<String> keywords(AlertFacts facts, Classification classification) {
        Set<String> keywords = new LinkedHashSet<>();
        keywords.add(classification.severity().name());
        keywords.add(facts.noun());
        facts.state().ifPresent(keywords::add);
        facts.resourceType().ifPresent(keywords::add);
        keywords.add(facts.envelope().region());
        return keywords;
    }

    private static String threadId(AlertFacts facts) {
        String kind = facts.type().map(type -> type.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .orElse("event");
        return kind + "-" + facts.envelope().account() + "-" + facts.envelope().region() + "-"
                + (facts.type().isPresent() ? ResourceNames.lastPart(facts.identifier()) : facts.envelope().id());
    }

    private static Set<String> relatedResources(AlertFacts facts) {
        Set<String> related = new LinkedHashSet<>();
        facts.resourceArn().ifPresent(related::add);
        if (facts.identifier().startsWith("arn:")) {
            related.add(facts.identifier());
        }
        facts.backupVaultArn().ifPresent(related::add);
        related.addAll(facts.envelope().resources());
        return related;
    }
}
