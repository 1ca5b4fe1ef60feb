package com.backupsentinel.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatMarkdownTest {

    @Test
    void escapesTextSoItCannotMentionTheChannelOrFormALink() {
        assertThat(ChatMarkdown.escape("<!channel> see <https://evil.example|here> & more"))
                .isEqualTo("&lt;!channel&gt; see &lt;https://evil.example|here&gt; &amp; more");
    }

    @Test
    void turnsLineBreaksAndControlCharactersIntoSpaces() {
        assertThat(ChatMarkdown.escape("one\ntwo\r\nthree\u0000four")).isEqualTo("one two  three four");
    }

    @Test
    void writesALinkWhoseTextAndAddressCannotBreakOut() {
        assertThat(ChatMarkdown.link("https://console.aws.amazon.com/backup/home#/a|b>c", "Open <it> | now"))
                .isEqualTo("<https://console.aws.amazon.com/backup/home#/a%7Cb%3Ec|Open &lt;it&gt; / now>");
    }
}
