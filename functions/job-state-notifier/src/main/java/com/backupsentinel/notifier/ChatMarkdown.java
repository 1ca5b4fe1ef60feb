package com.backupsentinel.notifier;

import com.backupsentinel.shared.text.UntrustedText;

/** Links in chat markdown; the text of everything else is escaped by {@link UntrustedText#chat}. */
final class ChatMarkdown {

    private ChatMarkdown() {
    }

    /** A link as Slack and Chime markdown write it: {@code <url|text>}. */
    static String link(String url, String text) {
        return "<" + url.replace(">", "%3E").replace("|", "%7C") + "|" + UntrustedText.chat(text).replace("|", "/")
                + ">";
    }
}
