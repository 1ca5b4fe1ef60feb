package com.backupsentinel.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class UntrustedTextTest {

    /** A vault name as an attacker with CreateBackupVault permission (or a forged direct invoke) could spell it. */
    static final String HOSTILE = "<!channel> <!here> @here <img src=x onerror=alert(1)>\r\nFAKE: ok"
            + " \u202Egnp.exe\u202C \u2066iso\u2069 zero\u200Bwidth\uFEFF\u200D";

    @Test
    void aLineHasNoLineBreaksControlOrInvisibleCharacters() {
        assertThat(UntrustedText.line(HOSTILE)).isEqualTo("<!channel> <!here> @here <img src=x onerror=alert(1)>"
                + "  FAKE: ok gnp.exe iso zerowidth");
    }

    @Test
    void chatTextCannotMentionLinkOrBreakLines() {
        assertThat(UntrustedText.chat(HOSTILE)).isEqualTo("&lt;!channel&gt; &lt;!here&gt; \uFF20here"
                + " &lt;img src=x onerror=alert(1)&gt;  FAKE: ok gnp.exe iso zerowidth");
    }

    @Test
    void chatTextKeepsOrdinaryNamesAsTheyAre() {
        assertThat(UntrustedText.chat("arrakis-backup-vault-production")).isEqualTo("arrakis-backup-vault-production");
        assertThat(UntrustedText.chat("Backup Job State Change")).isEqualTo("Backup Job State Change");
    }

    @Test
    void htmlTextIsInertInContentAndInQuotedAttributes() {
        assertThat(UntrustedText.html("\"><script>alert('x')</script> & \u202Eevil\n"))
                .isEqualTo("&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; evil ");
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " -> ", quoteCharacter = '`', value = {
        "plain -> plain",
        "a,b -> \"a,b\"",
        "say \"hi\" -> \"say \"\"hi\"\"\"",
        "`two\nlines` -> two lines",
        "=HYPERLINK(\"x\") -> \"'=HYPERLINK(\"\"x\"\")\"",
        "+1+2 -> '+1+2",
        "@SUM(A1) -> '@SUM(A1)",
        "`\t=cmd` -> ' =cmd",
        "`\u200B=cmd` -> '=cmd",
        "-12.5 -> -12.5",
        "+3e6 -> +3e6",
        "-1d -> '-1d",
        "a=b -> a=b",
    })
    void csvCellsAreQuotedAndNeverRunAsFormulas(String value, String cell) {
        assertThat(UntrustedText.csvCell(value)).isEqualTo(cell);
    }

    @Test
    void quotingEchoesAShortVisibleFormOfTheInput() {
        assertThat(UntrustedText.quote("ab\ncd\u202E", 80)).isEqualTo("'ab\\u000acd\\u202e'");
        assertThat(UntrustedText.quote("x".repeat(100), 5)).isEqualTo("'xxxxx...'");
        assertThat(UntrustedText.quote(null, 5)).isEqualTo("nothing");
    }

    @Test
    void loneSurrogatesBecomeReplacementCharactersAndPairsSurvive() {
        assertThat(UntrustedText.line("a\uD800b \uD83D\uDE00")).isEqualTo("a\uFFFDb \uD83D\uDE00");
    }
}
