package com.backupsentinel.shared.xml;

import java.util.NoSuchElementException;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.XMLEvent;

/** The events of one document read by {@link XmlScanner}, with the reader's one-event look-ahead. */
final class LeanXmlEventReader implements XMLEventReader {

    private final XmlScanner scanner;
    private XMLEvent peeked;
    private XMLEvent last;

    LeanXmlEventReader(XmlScanner scanner) {
        this.scanner = scanner;
    }

    @Override
    public XMLEvent nextEvent() throws XMLStreamException {
        XMLEvent event = peeked != null ? peeked : scanner.next();
        peeked = null;
        if (event == null) {
            throw new NoSuchElementException("the document has no more events");
        }
        last = event;
        return event;
    }

    @Override
    public boolean hasNext() {
        return peeked != null || !scanner.finished();
    }

    @Override
    public XMLEvent peek() throws XMLStreamException {
        if (peeked == null && !scanner.finished()) {
            peeked = scanner.next();
        }
        return peeked;
    }

    @Override
    public Object next() {
        try {
            return nextEvent();
        } catch (XMLStreamException e) {
            NoSuchElementException failure = new NoSuchElementException(e.getMessage());
            failure.initCause(e);
            throw failure;
        }
    }

    @Override
    public String getElementText() throws XMLStreamException {
        if (last == null || !last.isStartElement()) {
            throw new XMLStreamException("getElementText() must follow a start element");
        }
        StringBuilder text = new StringBuilder();
        while (true) {
            XMLEvent event = nextEvent();
            if (event.isEndElement()) {
                return text.toString();
            }
            if (!event.isCharacters()) {
                throw new XMLStreamException("getElementText() reads text-only elements, but "
                        + event.asStartElement().getName() + " starts inside one", event.getLocation());
            }
            text.append(event.asCharacters().getData());
        }
    }

    @Override
    public XMLEvent nextTag() throws XMLStreamException {
        while (true) {
            XMLEvent event = nextEvent();
            if (event.isStartElement() || event.isEndElement()) {
                return event;
            }
            if (!event.isCharacters() || !event.asCharacters().isWhiteSpace()) {
                throw new XMLStreamException("nextTag() found text that is not whitespace", event.getLocation());
            }
        }
    }

    @Override
    public Object getProperty(String name) {
        throw new IllegalArgumentException("the event reader has no property " + name);
    }

    @Override
    public void close() {
        // as the JDK's readers, this does not close the stream it reads
    }
}
