package com.backupsentinel.shared.xml;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Characters;
import javax.xml.stream.events.EndElement;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

/** What every event of {@link LeanXmlEventReader} shares: its type and where it starts. */
abstract class LeanEvent implements XMLEvent {

    private final int type;
    private final Location location;

    LeanEvent(int type, Location location) {
        this.type = type;
        this.location = location;
    }

    @Override
    public int getEventType() {
        return type;
    }

    @Override
    public Location getLocation() {
        return location;
    }

    @Override
    public boolean isStartElement() {
        return type == XMLStreamConstants.START_ELEMENT;
    }

    @Override
    public boolean isAttribute() {
        return type == XMLStreamConstants.ATTRIBUTE;
    }

    @Override
    public boolean isNamespace() {
        return type == XMLStreamConstants.NAMESPACE;
    }

    @Override
    public boolean isEndElement() {
        return type == XMLStreamConstants.END_ELEMENT;
    }

    @Override
    public boolean isEntityReference() {
        return false;
    }

    @Override
    public boolean isProcessingInstruction() {
        return false;
    }

    @Override
    public boolean isCharacters() {
        return type == XMLStreamConstants.CHARACTERS;
    }

    @Override
    public boolean isStartDocument() {
        return type == XMLStreamConstants.START_DOCUMENT;
    }

    @Override
    public boolean isEndDocument() {
        return type == XMLStreamConstants.END_DOCUMENT;
    }

    @Override
    public StartElement asStartElement() {
        return (StartElement) this;
    }

    @Override
    public EndElement asEndElement() {
        return (EndElement) this;
    }

    @Override
    public Characters asCharacters() {
        return (Characters) this;
    }

    @Override
    public QName getSchemaType() {
        return null;
    }

    @Override
    public void writeAsEncodedUnicode(Writer writer) throws XMLStreamException {
        try {
            write(writer);
        } catch (IOException e) {
            throw new XMLStreamException("cannot write the event", e);
        }
    }

    /** The event as XML text. */
    abstract void write(Writer writer) throws IOException;

    static String qualified(QName name) {
        return name.getPrefix().isEmpty() ? name.getLocalPart() : name.getPrefix() + ":" + name.getLocalPart();
    }

    @Override
    public String toString() {
        StringWriter text = new StringWriter();
        try {
            write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
