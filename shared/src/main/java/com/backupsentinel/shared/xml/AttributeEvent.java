package com.backupsentinel.shared.xml;

import java.io.IOException;
import java.io.Writer;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.events.Attribute;

/** An attribute of a start tag (not a namespace declaration: {@link NamespaceEvent}), its value normalized. */
class AttributeEvent extends LeanEvent implements Attribute {

    private final QName name;
    private final String value;

    AttributeEvent(QName name, String value, Location location) {
        this(XMLStreamConstants.ATTRIBUTE, name, value, location);
    }

    AttributeEvent(int type, QName name, String value, Location location) {
        super(type, location);
        this.name = name;
        this.value = value;
    }

    @Override
    public QName getName() {
        return name;
    }

    @Override
    public String getValue() {
        return value;
    }

    @Override
    public String getDTDType() {
        return "CDATA";
    }

    @Override
    public boolean isSpecified() {
        return true;
    }

    @Override
    void write(Writer writer) throws IOException {
        writer.write(qualified(name) + "=\"" + XmlChars.escape(value, true) + "\"");
    }
}
