package com.backupsentinel.shared.xml;

import java.io.IOException;
import java.io.Writer;
import java.util.Iterator;
import java.util.List;
import javax.xml.namespace.NamespaceContext;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.Namespace;
import javax.xml.stream.events.StartElement;

/** A start tag: its name, attributes and namespace declarations, and the namespaces in scope. */
final class StartElementEvent extends LeanEvent implements StartElement {

    private final QName name;
    private final List<Attribute> attributes;
    private final List<Namespace> namespaces;
    private final NamespaceScope scope;

    StartElementEvent(QName name, List<Attribute> attributes, List<Namespace> namespaces, NamespaceScope scope,
                      Location location) {
        super(XMLStreamConstants.START_ELEMENT, location);
        this.name = name;
        this.attributes = List.copyOf(attributes);
        this.namespaces = List.copyOf(namespaces);
        this.scope = scope;
    }

    @Override
    public QName getName() {
        return name;
    }

    @Override
    public Iterator<Attribute> getAttributes() {
        return attributes.iterator();
    }

    @Override
    public Iterator<Namespace> getNamespaces() {
        return namespaces.iterator();
    }

    @Override
    public Attribute getAttributeByName(QName attributeName) {
        for (Attribute attribute : attributes) {
            if (attribute.getName().equals(attributeName)) {
                return attribute;
            }
        }
        return null;
    }

    @Override
    public NamespaceContext getNamespaceContext() {
        return scope;
    }

    @Override
    public String getNamespaceURI(String prefix) {
        return scope.getNamespaceURI(prefix);
    }

    @Override
    void write(Writer writer) throws IOException {
        writer.write("<" + qualified(name));
        for (Namespace namespace : namespaces) {
            writer.write(" ");
            ((LeanEvent) namespace).write(writer);
        }
        for (Attribute attribute : attributes) {
            writer.write(" ");
            ((LeanEvent) attribute).write(writer);
        }
        writer.write(">");
    }
}
