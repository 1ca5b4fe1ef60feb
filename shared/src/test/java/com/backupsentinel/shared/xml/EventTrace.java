package com.backupsentinel.shared.xml;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.Namespace;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

/**
 * A document's events as the SDK's XML reader sees them, in lines to compare: elements with their names,
 * attributes and namespace declarations, the text inside the root element (adjacent text joined, comments and
 * processing instructions left out), or the error that ended the reading.
 */
final class EventTrace {

    private EventTrace() {
    }

    /** The factory the SDK makes: its own settings, DTDs and external entities off. */
    static XMLInputFactory sdkSettings(XMLInputFactory factory) {
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    static XMLInputFactory jdk() {
        return sdkSettings(XMLInputFactory.newDefaultFactory());
    }

    static XMLInputFactory lean() {
        return sdkSettings(new LeanXmlInputFactory());
    }

    static List<String> of(XMLInputFactory factory, byte[] document) {
        List<String> lines = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int depth = 0;
        try (InputStream input = new ByteArrayInputStream(document)) {
            XMLEventReader reader = factory.createXMLEventReader(input);
            while (reader.hasNext()) {
                XMLEvent event = reader.nextEvent();
                if (event.isCharacters()) {
                    if (depth > 0) {
                        text.append(event.asCharacters().getData());
                    }
                    continue;
                }
                if (!event.isStartElement() && !event.isEndElement() && !event.isEndDocument()) {
                    continue;
                }
                if (text.length() > 0) {
                    lines.add("text " + text);
                    text.setLength(0);
                }
                if (event.isStartElement()) {
                    depth++;
                    lines.add(start(event.asStartElement()));
                } else if (event.isEndElement()) {
                    depth--;
                    lines.add("end " + name(event.asEndElement().getName()));
                } else {
                    lines.add("end of document");
                }
            }
        } catch (XMLStreamException | java.io.IOException | RuntimeException e) {
            lines.add("error");
        }
        return lines;
    }

    private static String start(StartElement element) {
        TreeSet<String> attributes = new TreeSet<>();
        for (Iterator<Attribute> it = element.getAttributes(); it.hasNext(); ) {
            Attribute attribute = it.next();
            attributes.add(name(attribute.getName()) + "=" + attribute.getValue());
        }
        TreeSet<String> namespaces = new TreeSet<>();
        for (Iterator<Namespace> it = element.getNamespaces(); it.hasNext(); ) {
            Namespace namespace = it.next();
            namespaces.add(namespace.getPrefix() + "=" + namespace.getNamespaceURI());
        }
        return "start " + name(element.getName()) + " attributes " + attributes + " namespaces " + namespaces;
    }

    private static String name(QName name) {
        return "{" + name.getNamespaceURI() + "}" + name.getPrefix() + ":" + name.getLocalPart();
    }
}
