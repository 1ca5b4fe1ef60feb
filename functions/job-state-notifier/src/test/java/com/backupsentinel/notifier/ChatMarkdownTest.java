package com.backupsentinel.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatMarkdownTest {

    @Test
    void writesALinkWhoseTextAndAddressCannotBreakOut() {
        assertThat(ChatMarkdown.link("https://console.aws.amazon.com/backup/home#/a|b>c", "Open <it> | @here"))
                .isEqualTo("<https://console.aws.amazon.com/backup/home#/a%7Cb%3Ec|Open &lt;it&gt; / \uFF20here>");
    }
}
