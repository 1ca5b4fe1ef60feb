package com.backupsentinel.shared.xml;

import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.events.Namespace;

/** A namespace declaration of a start tag: {@code xmlns="uri"} or {@code xmlns:prefix="uri"}. */
final class NamespaceEvent extends AttributeEvent implements Namespace {

    private final String prefix;

    NamespaceEvent(String prefix, String uri, Location location) {
        super(XMLStreamConstants.NAMESPACE, prefix.isEmpty()
                ? new QName(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, XMLConstants.XMLNS_ATTRIBUTE)
                : new QName(XMLConstants.XMLNS_ATTRIBUTE_NS_URI, prefix, XMLConstants.XMLNS_ATTRIBUTE), uri, location);
        this.prefix = prefix;
    }

    @Override
    public String getPrefix() {
        return prefix;
    }

    @Override
    public String getNamespaceURI() {
        return getValue();
    }

    @Override
    public boolean isDefaultNamespaceDeclaration() {
        return prefix.isEmpty();
    }
}
