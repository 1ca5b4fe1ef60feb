package com.backupsentinel.shared.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.NoSuchElementException;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.protocols.query.unmarshall.XmlDomParser;
import software.amazon.awssdk.protocols.query.unmarshall.XmlElement;

class LeanXmlInputFactoryTest {

    private static final byte[] PUBLISH_RESPONSE = ("<PublishResponse xmlns=\"https://sns.amazonaws.com/doc/2010-03-31/\">"
            + "<PublishResult><MessageId>94f20ce6-13c5-43a0</MessageId></PublishResult>"
            + "<ResponseMetadata><RequestId>f187a3c1</RequestId></ResponseMetadata></PublishResponse>")
            .getBytes(StandardCharsets.UTF_8);

    @Test
    void isTheFactoryTheJdkFindsForStax() {
        assertThat(XMLInputFactory.newInstance()).isInstanceOf(LeanXmlInputFactory.class);
    }

    @Test
    void installingNamesItInTheSystemPropertyOnLambdaOnlyAndUnlessAnotherFactoryIsNamedThere() {
        String property = XMLInputFactory.class.getName();
        String before = System.getProperty(property);
        try {
            System.clearProperty(property);
            LeanXmlInputFactory.install(null);
            assertThat(System.getProperty(property)).isNull();

            LeanXmlInputFactory.install("AWS_Lambda_java21");
            assertThat(System.getProperty(property)).isEqualTo(LeanXmlInputFactory.class.getName());

            System.setProperty(property, "com.example.OtherFactory");
            LeanXmlInputFactory.install("AWS_Lambda_java21");
            assertThat(System.getProperty(property)).isEqualTo("com.example.OtherFactory");
        } finally {
            if (before == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, before);
            }
        }
    }

    @Test
    void theSdksXmlParserReadsAnSnsResponseWithIt() {
        XmlElement response = XmlDomParser.parse(new ByteArrayInputStream(PUBLISH_RESPONSE));

        assertThat(response.elementName()).isEqualTo("PublishResponse");
        assertThat(response.getElementByName("PublishResult").getElementByName("MessageId").textContent())
                .isEqualTo("94f20ce6-13c5-43a0");
    }

    @Test
    void readsWithTheScannerWhenDtdsAreOff() throws XMLStreamException {
        assertThat(EventTrace.lean().createXMLEventReader(new ByteArrayInputStream(PUBLISH_RESPONSE)))
                .isInstanceOf(LeanXmlEventReader.class);
    }

    @Test
    void leavesToTheJdkAFactoryWithDtdsOnOrASettingTheScannerDoesNotHonour() throws XMLStreamException {
        XMLInputFactory defaults = new LeanXmlInputFactory();
        XMLInputFactory notNamespaceAware = EventTrace.lean();
        notNamespaceAware.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);

        assertThat(defaults.createXMLEventReader(new ByteArrayInputStream(PUBLISH_RESPONSE)))
                .isNotInstanceOf(LeanXmlEventReader.class);
        assertThat(notNamespaceAware.createXMLEventReader(new ByteArrayInputStream(PUBLISH_RESPONSE)))
                .isNotInstanceOf(LeanXmlEventReader.class);
    }

    @Test
    void leavesToTheJdkADocumentWithADoctypeOrInAnotherEncoding() throws XMLStreamException {
        byte[] latin1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><r>caf\u00e9</r>"
                .getBytes(StandardCharsets.ISO_8859_1);
        byte[] utf16 = "<r>\u540d</r>".getBytes(StandardCharsets.UTF_16);
        byte[] doctype = "<!DOCTYPE r><r>x</r>".getBytes(StandardCharsets.UTF_8);

        assertThat(EventTrace.of(EventTrace.lean(), latin1)).contains("text caf\u00e9");
        assertThat(EventTrace.of(EventTrace.lean(), utf16)).contains("text \u540d");
        assertThat(EventTrace.of(EventTrace.lean(), doctype)).contains("text x");
        assertThat(EventTrace.lean().createXMLEventReader(new ByteArrayInputStream(doctype)))
                .isNotInstanceOf(LeanXmlEventReader.class);
    }

    @Test
    void anErrorSaysWhatIsWrongAndWhere() throws XMLStreamException {
        XMLEventReader reader = EventTrace.lean().createXMLEventReader(new ByteArrayInputStream(
                "<r>\n  <a>1</b>\n</r>".getBytes(StandardCharsets.UTF_8)));
        reader.nextEvent();
        reader.nextEvent();
        reader.nextEvent();
        reader.nextEvent();
        reader.nextEvent();

        assertThatThrownBy(reader::nextEvent).isInstanceOf(XMLStreamException.class)
                .hasMessage("ParseError at [row,col]:[2,11]\nMessage: the end tag </b> does not match the start tag"
                        + " <a>");
    }

    @Test
    void anUndeclaredEntityIsAnErrorNamingIt() {
        assertThatThrownBy(() -> readAll("<r>&xxe;</r>")).isInstanceOf(XMLStreamException.class)
                .hasMessageEndingWith("the entity &xxe; is not declared (only lt, gt, amp, quot and apos are)");
    }

    @Test
    void bytesThatAreNotUtf8AreAnError() {
        byte[] document = {'<', 'r', '>', (byte) 0xC3, '<', '/', 'r', '>'};

        assertThatThrownBy(() -> readAll(document)).isInstanceOf(XMLStreamException.class)
                .hasMessageContaining("cannot read the document: Input length = 1");
    }

    @Test
    void readsPastTheEndOfTheDocumentNoMore() throws XMLStreamException {
        XMLEventReader reader = readAll("<r/>");

        assertThat(reader.hasNext()).isFalse();
        assertThat(reader.peek()).isNull();
        assertThatThrownBy(reader::nextEvent).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void readsTheTextOfATextOnlyElementAndSkipsToTheNextTag() throws XMLStreamException {
        XMLEventReader reader = EventTrace.lean().createXMLEventReader(new ByteArrayInputStream(
                "<r>\n  <a>x &amp; <![CDATA[y]]></a>\n</r>".getBytes(StandardCharsets.UTF_8)));
        reader.nextEvent();
        reader.nextEvent();

        assertThat(reader.nextTag().asStartElement().getName().getLocalPart()).isEqualTo("a");
        assertThat(reader.getElementText()).isEqualTo("x & y");
        assertThat(reader.nextTag().asEndElement().getName().getLocalPart()).isEqualTo("r");
    }

    private static XMLEventReader readAll(String document) throws XMLStreamException {
        return readAll(document.getBytes(StandardCharsets.UTF_8));
    }

    private static XMLEventReader readAll(byte[] document) throws XMLStreamException {
        XMLEventReader reader = EventTrace.lean().createXMLEventReader(new ByteArrayInputStream(document));
        while (reader.hasNext()) {
            reader.nextEvent();
        }
        return reader;
    }
}
