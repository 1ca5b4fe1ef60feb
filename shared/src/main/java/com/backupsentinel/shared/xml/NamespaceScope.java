package com.backupsentinel.shared.xml;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;

/**
 * The namespaces in scope at one element: its own declarations and its parent's scope. Immutable, so a start
 * element keeps the context it was read in.
 */
final class NamespaceScope implements NamespaceContext {

    static final NamespaceScope ROOT = new NamespaceScope(null, Map.of());

    private final NamespaceScope parent;
    private final Map<String, String> declared;

    private NamespaceScope(NamespaceScope parent, Map<String, String> declared) {
        this.parent = parent;
        this.declared = declared;
    }

    /** The scope of a child that declares {@code declarations} (prefix, "" for the default, to URI). */
    NamespaceScope child(Map<String, String> declarations) {
        return declarations.isEmpty() ? this : new NamespaceScope(this, Map.copyOf(declarations));
    }

    @Override
    public String getNamespaceURI(String prefix) {
        if (prefix == null) {
            throw new IllegalArgumentException("prefix is null");
        }
        if (XMLConstants.XML_NS_PREFIX.equals(prefix)) {
            return XMLConstants.XML_NS_URI;
        }
        if (XMLConstants.XMLNS_ATTRIBUTE.equals(prefix)) {
            return XMLConstants.XMLNS_ATTRIBUTE_NS_URI;
        }
        for (NamespaceScope scope = this; scope != null; scope = scope.parent) {
            String uri = scope.declared.get(prefix);
            if (uri != null) {
                return uri;
            }
        }
        return prefix.isEmpty() ? XMLConstants.NULL_NS_URI : null;
    }

    @Override
    public String getPrefix(String namespaceUri) {
        Iterator<String> prefixes = getPrefixes(namespaceUri);
        return prefixes.hasNext() ? prefixes.next() : null;
    }

    @Override
    public Iterator<String> getPrefixes(String namespaceUri) {
        if (namespaceUri == null) {
            throw new IllegalArgumentException("namespace URI is null");
        }
        List<String> prefixes = new ArrayList<>();
        if (XMLConstants.XML_NS_URI.equals(namespaceUri)) {
            prefixes.add(XMLConstants.XML_NS_PREFIX);
        } else if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(namespaceUri)) {
            prefixes.add(XMLConstants.XMLNS_ATTRIBUTE);
        } else {
            for (NamespaceScope scope = this; scope != null; scope = scope.parent) {
                scope.declared.forEach((prefix, uri) -> {
                    // a prefix counts only where an inner declaration does not hide it
                    if (uri.equals(namespaceUri) && !prefixes.contains(prefix)
                            && namespaceUri.equals(getNamespaceURI(prefix))) {
                        prefixes.add(prefix);
                    }
                });
            }
        }
        return List.copyOf(prefixes).iterator();
    }
}
