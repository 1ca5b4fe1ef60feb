package com.backupsentinel.notifier;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an alert says, before it is formatted for email or chat: subject, one-sentence summary, labelled facts,
 * next steps and the console link. Values are raw text; each format escapes them its own way.
 */
record AlertContent(String subject, String summary, List<Fact> facts, List<String> nextSteps, String consoleUrl,
                    Optional<String> note) {

    AlertContent {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(summary, "summary");
        facts = List.copyOf(facts);
        nextSteps = List.copyOf(nextSteps);
        Objects.requireNonNull(consoleUrl, "consoleUrl");
        Objects.requireNonNull(note, "note");
    }
}
