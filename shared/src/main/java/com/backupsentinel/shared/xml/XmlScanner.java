package com.backupsentinel.shared.xml;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.Namespace;
import javax.xml.stream.events.XMLEvent;

/**
 * Reads a well-formed XML 1.0 document without a DOCTYPE, one event at a time: the XML declaration, elements with
 * their attributes and namespaces, text with the predefined entities and character references replaced, CDATA
 * sections as text. Line ends become {@code \n}, whitespace in attribute values a space, as the XML specification
 * says. Comments and processing instructions are read and not reported. Anything not well-formed, a DOCTYPE, an
 * undeclared entity or an unbound prefix ends the document with an {@link XMLStreamException} saying what and where.
 */
final class XmlScanner {

    private static final int MAX_ATTRIBUTES = 10_000;
    private static final int MAX_NAME = 1_000;

    /** An element whose end tag is still to come. */
    private record Open(String qualifiedName, QName name, List<Namespace> namespaces, NamespaceScope outer) {
    }

    private final Reader input;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private int line = 1;
    private int column = 1;
    private int offset;

    private final Deque<Open> open = new ArrayDeque<>();
    private final Deque<XMLEvent> queued = new ArrayDeque<>();
    private NamespaceScope scope = NamespaceScope.ROOT;
    private boolean started;
    private boolean rootClosed;
    private boolean finished;

    XmlScanner(Reader input) {
        this.input = input;
    }

    /** True once the end of the document has been returned. */
    boolean finished() {
        return finished && queued.isEmpty();
    }

    /** The next event, or null after the end of the document. */
    XMLEvent next() throws XMLStreamException {
        if (!queued.isEmpty()) {
            return queued.poll();
        }
        if (finished) {
            return null;
        }
        if (!started) {
            started = true;
            return startDocument();
        }
        return open.isEmpty() ? outsideRoot() : content();
    }

    // ---- the document outside its root element

    private XMLEvent startDocument() throws XMLStreamException {
        XmlLocation location = location();
        if (peek() == '\uFEFF') {
            read();
        }
        if (!lookingAt("<?xml") || !XmlChars.isWhitespace(charAt(5))) {
            return new StartDocumentEvent(null, null, null, location);
        }
        skip(5);
        Map<String, String> declared = new LinkedHashMap<>();
        while (true) {
            boolean space = skipWhitespace();
            if (lookingAt("?>")) {
                skip(2);
                break;
            }
            if (!space) {
                throw error("the XML declaration needs whitespace between its parts");
            }
            String name = readName();
            skipWhitespace();
            expect('=');
            skipWhitespace();
            declared.put(name, quoted(false));
        }
        for (String name : declared.keySet()) {
            if (!Set.of("version", "encoding", "standalone").contains(name)) {
                throw error("the XML declaration has an unknown part '" + name + "'");
            }
        }
        String version = declared.get("version");
        if (version == null || !isVersion(version)) {
            throw error("the XML declaration must start with version=\"1.0\", got " + version);
        }
        String standalone = declared.get("standalone");
        if (standalone != null && !standalone.equals("yes") && !standalone.equals("no")) {
            throw error("standalone must be \"yes\" or \"no\", got \"" + standalone + "\"");
        }
        return new StartDocumentEvent(version, declared.get("encoding"),
                standalone == null ? null : standalone.equals("yes"), location);
    }

    /** {@code 1.} and digits: XML 1.0 readers read any 1.x document as 1.0. */
    private static boolean isVersion(String version) {
        if (!version.startsWith("1.") || version.length() == 2) {
            return false;
        }
        for (int i = 2; i < version.length(); i++) {
            if (version.charAt(i) < '0' || version.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private XMLEvent outsideRoot() throws XMLStreamException {
        while (true) {
            skipWhitespace();
            int c = peek();
            if (c < 0) {
                if (!rootClosed) {
                    throw error("the document ended before its root element");
                }
                finished = true;
                return new EndDocumentEvent(location());
            }
            if (lookingAt("<!--")) {
                comment();
            } else if (lookingAt("<?")) {
                processingInstruction();
            } else if (lookingAt("<!DOCTYPE")) {
                throw error("a DOCTYPE is not supported");
            } else if (c == '<' && XmlChars.isNameStart(charAt(1)) && !rootClosed) {
                read();
                return startTag();
            } else if (rootClosed) {
                throw error("only comments, processing instructions and whitespace may follow the root element");
            } else {
                throw error("content is not allowed before the root element");
            }
        }
    }

    // ---- inside the root element

    private XMLEvent content() throws XMLStreamException {
        XmlLocation location = location();
        StringBuilder text = new StringBuilder();
        while (true) {
            int c = peek();
            if (c < 0) {
                throw error("the document ended inside <" + open.peek().qualifiedName() + ">");
            }
            if (c == '<') {
                if (lookingAt("<![CDATA[")) {
                    skip(9);
                    cdata(text);
                    continue;
                }
                if (text.length() > 0) {
                    return new CharactersEvent(text.toString(), location);
                }
                XMLEvent markup = markup();
                if (markup != null) {
                    return markup;
                }
                location = location();
            } else if (c == '&') {
                read();
                reference(text);
            } else {
                if (c == ']' && lookingAt("]]>")) {
                    throw error("\"]]>\" must not appear in text outside a CDATA section");
                }
                text.append((char) readAllowed());
            }
        }
    }

    /** The markup at '&lt;': an element's start or end, or null for a comment or processing instruction. */
    private XMLEvent markup() throws XMLStreamException {
        if (lookingAt("</")) {
            skip(2);
            return endTag();
        }
        if (lookingAt("<!--")) {
            comment();
            return null;
        }
        if (lookingAt("<?")) {
            processingInstruction();
            return null;
        }
        read();
        if (!XmlChars.isNameStart(peek())) {
            throw error("'<' in text must be written &lt;");
        }
        return startTag();
    }

    private XMLEvent startTag() throws XMLStreamException {
        XmlLocation location = location();
        String qualifiedName = readName();
        List<String[]> raw = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        boolean empty;
        while (true) {
            boolean space = skipWhitespace();
            int c = peek();
            if (c == '>') {
                read();
                empty = false;
                break;
            }
            if (c == '/') {
                read();
                expect('>');
                empty = true;
                break;
            }
            if (!space) {
                throw error(c < 0 ? "the document ended inside the start tag of <" + qualifiedName + ">"
                        : "attributes of <" + qualifiedName + "> must be separated by whitespace");
            }
            String attribute = readName();
            skipWhitespace();
            expect('=');
            skipWhitespace();
            String value = quoted(true);
            if (!seen.add(attribute)) {
                throw error("<" + qualifiedName + "> has the attribute " + attribute + " twice");
            }
            if (raw.size() == MAX_ATTRIBUTES) {
                throw error("<" + qualifiedName + "> has more than " + MAX_ATTRIBUTES + " attributes");
            }
            raw.add(new String[] {attribute, value});
        }
        Map<String, String> declarations = new LinkedHashMap<>();
        List<Namespace> namespaces = new ArrayList<>();
        for (String[] attribute : raw) {
            String prefix = declaredPrefix(attribute[0]);
            if (prefix != null) {
                checkDeclaration(prefix, attribute[1]);
                declarations.put(prefix, attribute[1]);
                namespaces.add(new NamespaceEvent(prefix, attribute[1], location));
            }
        }
        NamespaceScope outer = scope;
        scope = scope.child(declarations);
        QName name = resolve(qualifiedName, true);
        List<Attribute> attributes = new ArrayList<>();
        Set<QName> expanded = new HashSet<>();
        for (String[] attribute : raw) {
            if (declaredPrefix(attribute[0]) == null) {
                QName attributeName = resolve(attribute[0], false);
                if (!expanded.add(attributeName)) {
                    throw error("<" + qualifiedName + "> has the attribute " + attributeName + " twice");
                }
                attributes.add(new AttributeEvent(attributeName, attribute[1], location));
            }
        }
        StartElementEvent start = new StartElementEvent(name, attributes, namespaces, scope, location);
        if (empty) {
            scope = outer;
            queued.add(new EndElementEvent(name, namespaces, location()));
            rootClosed = open.isEmpty();
        } else {
            open.push(new Open(qualifiedName, name, namespaces, outer));
        }
        return start;
    }

    private XMLEvent endTag() throws XMLStreamException {
        XmlLocation location = location();
        String qualifiedName = readName();
        skipWhitespace();
        expect('>');
        Open element = open.pop();
        if (!element.qualifiedName().equals(qualifiedName)) {
            throw error("the end tag </" + qualifiedName + "> does not match the start tag <"
                    + element.qualifiedName() + ">");
        }
        scope = element.outer();
        rootClosed = open.isEmpty();
        return new EndElementEvent(element.name(), element.namespaces(), location);
    }

    /** "" for {@code xmlns}, the prefix for {@code xmlns:prefix}, null for any other attribute. */
    private static String declaredPrefix(String attribute) {
        if (attribute.equals(XMLConstants.XMLNS_ATTRIBUTE)) {
            return "";
        }
        return attribute.startsWith("xmlns:") ? attribute.substring(6) : null;
    }

    private void checkDeclaration(String prefix, String uri) throws XMLStreamException {
        if (prefix.equals(XMLConstants.XMLNS_ATTRIBUTE) || uri.equals(XMLConstants.XMLNS_ATTRIBUTE_NS_URI)) {
            throw error("the xmlns prefix and its namespace cannot be declared");
        }
        if (prefix.equals(XMLConstants.XML_NS_PREFIX) != uri.equals(XMLConstants.XML_NS_URI)) {
            throw error("the xml prefix is bound to " + XMLConstants.XML_NS_URI + " and nothing else is");
        }
        if (!prefix.isEmpty() && uri.isEmpty()) {
            throw error("the prefix " + prefix + " cannot be bound to an empty namespace");
        }
        if (prefix.indexOf(':') >= 0 || !prefix.isEmpty() && !XmlChars.isNameStart(prefix.charAt(0))) {
            throw error("'" + prefix + "' is not a namespace prefix");
        }
    }

    /** The name with its namespace: an element's unprefixed name takes the default namespace, an attribute's none. */
    private QName resolve(String qualifiedName, boolean element) throws XMLStreamException {
        int colon = qualifiedName.indexOf(':');
        if (colon < 0) {
            return new QName(element ? scope.getNamespaceURI("") : XMLConstants.NULL_NS_URI, qualifiedName);
        }
        String prefix = qualifiedName.substring(0, colon);
        String local = qualifiedName.substring(colon + 1);
        if (prefix.isEmpty() || local.isEmpty() || local.indexOf(':') >= 0 || !XmlChars.isNameStart(local.charAt(0))) {
            throw error("'" + qualifiedName + "' is not a qualified name");
        }
        String uri = scope.getNamespaceURI(prefix);
        if (uri == null) {
            throw error("the prefix " + prefix + " of " + qualifiedName + " is not bound to a namespace");
        }
        return new QName(uri, local, prefix);
    }

    // ---- text, references, comments

    private void cdata(StringBuilder text) throws XMLStreamException {
        while (!lookingAt("]]>")) {
            if (peek() < 0) {
                throw error("the document ended inside a CDATA section");
            }
            text.append((char) readAllowed());
        }
        skip(3);
    }

    /** After '&amp;': the character a predefined entity or a character reference stands for. */
    private void reference(StringBuilder text) throws XMLStreamException {
        if (peek() == '#') {
            read();
            int radix = 10;
            if (peek() == 'x') {
                read();
                radix = 16;
            }
            StringBuilder digits = new StringBuilder();
            while (peek() >= 0 && peek() != ';' && digits.length() <= 8) {
                digits.append((char) read());
            }
            expect(';');
            int codePoint;
            try {
                codePoint = Integer.parseInt(digits.toString(), radix);
            } catch (NumberFormatException e) {
                codePoint = -1;
            }
            if (digits.length() == 0 || !Character.isLetterOrDigit(digits.charAt(0))
                    || !XmlChars.isAllowedCodePoint(codePoint)) {
                throw error("&#" + (radix == 16 ? "x" : "") + digits + "; is not a character XML allows");
            }
            text.appendCodePoint(codePoint);
            return;
        }
        String name = readName();
        expect(';');
        switch (name) {
            case "lt" -> text.append('<');
            case "gt" -> text.append('>');
            case "amp" -> text.append('&');
            case "quot" -> text.append('"');
            case "apos" -> text.append('\'');
            default -> throw error("the entity &" + name + "; is not declared (only lt, gt, amp, quot and apos are)");
        }
    }

    private void comment() throws XMLStreamException {
        skip(4);
        while (!lookingAt("--")) {
            if (peek() < 0) {
                throw error("the document ended inside a comment");
            }
            readAllowed();
        }
        skip(2);
        if (peek() != '>') {
            throw error("\"--\" must not appear inside a comment");
        }
        read();
    }

    private void processingInstruction() throws XMLStreamException {
        skip(2);
        String target = readName();
        if (target.equalsIgnoreCase("xml")) {
            throw error("the XML declaration may only start the document");
        }
        while (!lookingAt("?>")) {
            if (peek() < 0) {
                throw error("the document ended inside a processing instruction");
            }
            readAllowed();
        }
        skip(2);
    }

    /** A quoted value; in an attribute, references replaced and whitespace made spaces. */
    private String quoted(boolean attribute) throws XMLStreamException {
        int quote = read();
        if (quote != '"' && quote != '\'') {
            throw error("a value must be in quotes");
        }
        StringBuilder value = new StringBuilder();
        while (true) {
            int c = peek();
            if (c < 0) {
                throw error("the document ended inside a quoted value");
            }
            if (c == quote) {
                read();
                return value.toString();
            }
            if (c == '<') {
                throw error("'<' is not allowed in an attribute value");
            }
            if (attribute && c == '&') {
                read();
                reference(value);
            } else {
                int next = readAllowed();
                value.append(attribute && XmlChars.isWhitespace(next) ? ' ' : (char) next);
            }
        }
    }

    private String readName() throws XMLStreamException {
        if (!XmlChars.isNameStart(peek())) {
            int c = peek();
            throw error(c < 0 ? "the document ended where a name was expected"
                    : "a name cannot start with '" + (char) c + "'");
        }
        StringBuilder name = new StringBuilder();
        while (XmlChars.isNameChar(peek())) {
            if (name.length() == MAX_NAME) {
                throw error("a name is longer than " + MAX_NAME + " characters");
            }
            name.append((char) read());
        }
        return name.toString();
    }

    // ---- characters

    private void expect(char wanted) throws XMLStreamException {
        int c = peek();
        if (c != wanted) {
            throw error("expected '" + wanted + "' but found " + (c < 0 ? "the end of the document" : "'" + (char) c
                    + "'"));
        }
        read();
    }

    private boolean skipWhitespace() throws XMLStreamException {
        boolean any = false;
        while (XmlChars.isWhitespace(peek())) {
            read();
            any = true;
        }
        return any;
    }

    private int readAllowed() throws XMLStreamException {
        int c = peek();
        if (!XmlChars.isAllowed(c)) {
            throw error("the character U+" + Integer.toHexString(c).toUpperCase(Locale.ROOT) + " is not allowed in XML");
        }
        return read();
    }

    /** The next character, line ends read as one '\n', or -1 at the end. */
    private int peek() throws XMLStreamException {
        if (!available(1)) {
            return -1;
        }
        char c = buffer[position];
        return c == '\r' ? '\n' : c;
    }

    private int read() throws XMLStreamException {
        int c = peek();
        if (c < 0) {
            return -1;
        }
        char raw = buffer[position++];
        offset++;
        if (raw == '\r' && available(1) && buffer[position] == '\n') {
            position++;
            offset++;
        }
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        return c;
    }

    private void skip(int count) throws XMLStreamException {
        for (int i = 0; i < count; i++) {
            read();
        }
    }

    /** The character {@code ahead} places on, unread and not normalized, or -1. */
    private int charAt(int ahead) throws XMLStreamException {
        return available(ahead + 1) ? buffer[position + ahead] : -1;
    }

    private boolean lookingAt(String text) throws XMLStreamException {
        if (!available(text.length())) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (buffer[position + i] != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code count} characters can be read, reading more input as needed. */
    private boolean available(int count) throws XMLStreamException {
        if (limit - position >= count) {
            return true;
        }
        System.arraycopy(buffer, position, buffer, 0, limit - position);
        limit -= position;
        position = 0;
        try {
            while (limit < count) {
                int read = input.read(buffer, limit, buffer.length - limit);
                if (read < 0) {
                    return false;
                }
                limit += read;
            }
        } catch (IOException e) {
            throw new XMLStreamException("cannot read the document: " + e.getMessage(), location(), e);
        }
        return true;
    }

    private XmlLocation location() {
        return new XmlLocation(line, column, offset);
    }

    private XMLStreamException error(String message) {
        return new XMLStreamException(message, location());
    }
}
