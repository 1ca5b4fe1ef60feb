package com.backupsentinel.shared.xml;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The scanner reads every document as the JDK's parser does, with the SDK's settings: the same elements, names,
 * namespaces, attributes and text, and an error where the JDK has one.
 */
class XmlScannerEquivalenceTest {

    private static final List<String> NAMES = List.of("Topic", "a", "MessageId", "x-y.z", "_n", "été", "名前", "B9");
    private static final List<String> PREFIXES = List.of("", "p", "sns", "xsi");

    @ParameterizedTest
    @ValueSource(strings = {
        "<PublishResponse xmlns=\"https://sns.amazonaws.com/doc/2010-03-31/\">\n  <PublishResult>\n"
                + "    <MessageId>94f20ce6-13c5-43a0-9a9e-ca52d816e90b</MessageId>\n  </PublishResult>\n"
                + "  <ResponseMetadata>\n    <RequestId>f187a3c1-376f-11df-8963-01868b7c937a</RequestId>\n"
                + "  </ResponseMetadata>\n</PublishResponse>\n",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                + "<Name>bucket</Name><Contents><Key>logs/a&amp;b &lt;1&gt;.json</Key><Size>42</Size></Contents>"
                + "<IsTruncated>false</IsTruncated></ListBucketResult>",
        "<ErrorResponse><Error><Type>Sender</Type><Code>NotFound</Code><Message>Topic does not exist</Message>"
                + "</Error><RequestId>9dd01905-5012-5f99-8663-4b3ecd0dfaef</RequestId></ErrorResponse>",
        "<AccessControlPolicy><AccessControlList><Grant><Grantee xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
                + " xsi:type=\"CanonicalUser\"><ID>abc</ID></Grantee></Grant></AccessControlList></AccessControlPolicy>",
        "\uFEFF<?xml version='1.0' standalone='yes'?><!-- c --><?pi data?>\r\n<r a=\"1\r\n2\t3\" b='&#x41;&#66;'>"
                + "x\r\ny\rz<![CDATA[<no>&amp;]]>&#x1F600;&apos;&quot;<e/></r><!-- after -->\n",
        "<r xmlns:a=\"urn:a\"><a:e xmlns:a=\"urn:b\" a:x=\"1\"><a:f/></a:e><a:g/></r>",
        "<r xml:lang=\"en\"> <s>  </s> </r>",
        "<!DOCTYPE r><r>dtd-less doctype</r>",
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r>plain</r>",
        // not well-formed: both must fail
        "", "   ", "<r>", "<r></s>", "<r>&foo;</r>", "<r a='1' a='2'/>", "<x:r/>", "<r>]]></r>", "<r/><s/>", "text<r/>",
        "<r><!-- a -- b --></r>", "<r a=1/>", "<r a='<'/>", "<r>&#0;</r>", "<r>&#xD800;</r>", "<r><?xml x?></r>",
        "<r xmlns:p=''/>", "<r><![CDATA[open</r>", "<1r/>", "<r>\u0001</r>", "<r/>x", "<?xml version='2.0'?><r/>",
        "<r b:a='1' xmlns:b='u' c:a='2' xmlns:c='u'/>", "<r></r >", "<r >< /r>"
    })
    void readsAwsAndEdgeDocumentsAsTheJdkDoes(String document) {
        assertSameAsJdk(document.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 500)
    void readsGeneratedDocumentsAsTheJdkDoes(@ForAll("documents") String document) {
        boolean wellFormed = assertSameAsJdk(document.getBytes(StandardCharsets.UTF_8));
        Statistics.collect(wellFormed ? "well-formed" : "not well-formed");
        // most generated documents are read to the end, not stopped at their first error
        Statistics.coverage(coverage -> coverage.check("well-formed").percentage(p -> p >= 40));
    }

    /** True when the document is well-formed. */
    private static boolean assertSameAsJdk(byte[] document) {
        List<String> jdk = EventTrace.of(EventTrace.jdk(), document);
        List<String> lean = EventTrace.of(EventTrace.lean(), document);
        if (jdk.get(jdk.size() - 1).equals("error")) {
            assertThat(lean).as("the JDK failed on %s", new String(document, StandardCharsets.UTF_8))
                    .last().isEqualTo("error");
            return false;
        }
        assertThat(lean).as("read from %s", new String(document, StandardCharsets.UTF_8)).isEqualTo(jdk);
        return true;
    }

    @Provide
    Arbitrary<String> documents() {
        return Combinators.combine(element(3).map(XmlScannerEquivalenceTest::bindPrefixes),
                Arbitraries.of("", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"),
                Arbitraries.of("", "<!-- before -->", "\n\n"))
                .as((root, declaration, prolog) -> declaration + prolog + root);
    }

    /** The root declares every prefix (inner elements may declare them again), so most names are bound. */
    private static String bindPrefixes(String root) {
        int nameEnd = root.indexOf(' ') > 0 && root.indexOf(' ') < root.indexOf('>') ? root.indexOf(' ')
                : root.indexOf(root.charAt(root.indexOf('>') - 1) == '/' ? "/>" : ">");
        return root.substring(0, nameEnd) + " xmlns:p=\"urn:root-p\" xmlns:sns=\"urn:root-sns\""
                + " xmlns:xsi=\"urn:root-xsi\"" + root.substring(nameEnd);
    }

    private Arbitrary<String> element(int depth) {
        Arbitrary<String> children = depth == 0 ? Arbitraries.just("")
                : Arbitraries.oneOf(text(), element(depth - 1)).list().ofMaxSize(4).map(parts -> String.join("", parts));
        Arbitrary<String> attributes = Combinators.combine(Arbitraries.of(NAMES), Arbitraries.of(PREFIXES), value())
                .as((name, prefix, value) -> " " + (prefix.isEmpty() ? "" : prefix + ":") + name + "=\"" + value + "\"")
                .list().ofMaxSize(3).uniqueElements(a -> a.substring(0, a.indexOf('=')))
                .map(list -> String.join("", list));
        Arbitrary<String> declarations = Arbitraries.of(PREFIXES).list().ofMaxSize(2).uniqueElements()
                .filter(list -> !list.contains("p") && !list.contains("sns") && !list.contains("xsi") || depth < 3)
                .map(list -> {
                    StringBuilder declared = new StringBuilder();
                    for (String prefix : list) {
                        declared.append(prefix.isEmpty() ? " xmlns" : " xmlns:" + prefix).append("=\"urn:")
                                .append(prefix).append(list.size()).append('"');
                    }
                    return declared.toString();
                });
        return Combinators.combine(Arbitraries.of(NAMES), Arbitraries.of(PREFIXES), declarations, attributes, children,
                Arbitraries.of(true, false))
                .as((name, prefix, declared, attrs, content, empty) -> {
                    String tag = (prefix.isEmpty() ? "" : prefix + ":") + name;
                    return empty && content.isEmpty() ? "<" + tag + declared + attrs + "/>"
                            : "<" + tag + declared + attrs + ">" + content + "</" + tag + ">";
                });
    }

    private static Arbitrary<String> text() {
        return Arbitraries.frequencyOf(
                Tuple.of(30, Arbitraries.strings().withChars("ab é\t\n\r名😀").ofMaxLength(8)),
                Tuple.of(10, Arbitraries.of("&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#65;",
                        "&#x1F600;", "&#xA;", "&#13;")),
                Tuple.of(10, Arbitraries.of("<![CDATA[<x>&amp;]]>", "<![CDATA[]]>", "<!-- note -->",
                        "<?target data?>", "]]")),
                Tuple.of(1, Arbitraries.of("&bad;", "<", "&#1;")));
    }

    private static Arbitrary<String> value() {
        return Arbitraries.frequencyOf(
                Tuple.of(20, Arbitraries.strings().withChars("ab \t\n\r'&<>é").ofMaxLength(6)
                        .map(v -> v.replace("&", "&amp;").replace("<", "&lt;"))),
                Tuple.of(5, Arbitraries.of("&#9;", "&#xD;&#xA;", "&quot;")),
                Tuple.of(1, Arbitraries.of("x&y", "<")));
    }
}
