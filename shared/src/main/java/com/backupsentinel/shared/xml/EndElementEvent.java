package com.backupsentinel.shared.xml;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.events.EndElement;
import javax.xml.stream.events.Namespace;

/** An end tag (also the end of an empty-element tag), with the namespaces that go out of scope. */
final class EndElementEvent extends LeanEvent implements EndElement {

    private final QName name;
    private final List<Namespace> namespaces;

    EndElementEvent(QName name, List<Namespace> namespaces, Location location) {
        super(XMLStreamConstants.END_ELEMENT, location);
        this.name = name;
        this.namespaces = List.copyOf(namespaces);
    }

    @Override
    public QName getName() {
        return name;
    }

    @Override
    public Iterator<Namespace> getNamespaces() {
        return namespaces.iterator();
    }

    @Override
    void write(Writer writer) throws IOException {
        writer.write("</" + qualified(name) + ">");
    }
}
