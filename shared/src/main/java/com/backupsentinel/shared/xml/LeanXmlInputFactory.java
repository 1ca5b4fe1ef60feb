package com.backupsentinel.shared.xml;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.EventFilter;
import javax.xml.stream.StreamFilter;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLReporter;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.util.XMLEventAllocator;
import javax.xml.transform.Source;

/**
 * The StAX input factory of the functions (named in the system property by {@link #install()} on Lambda), for the
 * SDK's XML responses: SNS, STS and IAM answer in XML, and S3 too. The SDK reads each one with an event
 * reader from a factory with DTDs off; with the JDK's own factory that first read loads the JDK's XML parser, about
 * 150 classes on a cold start's path. Here such a reader is {@link XmlScanner}: a dozen classes, reading well-formed
 * XML 1.0 in UTF-8 without a DOCTYPE, which is what AWS sends.
 *
 * <p>Everything else goes to the JDK's factory ({@link XMLInputFactory#newDefaultFactory()}, made on first need
 * with the properties set here): stream readers, readers over a {@link Reader} or a {@link Source}, filters, a
 * factory with DTDs on, a resolver, reporter or allocator, or any property the scanner does not honour; and
 * documents in another encoding or with a DOCTYPE, which {@link Prolog} sees in the first bytes.
 */
public final class LeanXmlInputFactory extends XMLInputFactory {

    private static final int PROLOG_BYTES = 8192;
    private static final Set<String> STANDARD = Set.of(IS_NAMESPACE_AWARE, IS_VALIDATING, IS_COALESCING,
            IS_REPLACING_ENTITY_REFERENCES, IS_SUPPORTING_EXTERNAL_ENTITIES, SUPPORT_DTD, REPORTER, RESOLVER,
            ALLOCATOR);

    private final Map<String, Object> properties = new LinkedHashMap<>();
    private XMLInputFactory jdk;

    /**
     * Names this factory in the system property {@code javax.xml.stream.XMLInputFactory}, which
     * {@code XMLInputFactory.newInstance()} reads first, in a Lambda runtime's JVM ({@code AWS_EXECUTION_ENV} starting
     * {@code AWS_Lambda_}): it runs this one function, and the property is JVM-wide. Not when the property already
     * names a factory, nor in a JVM shared with other code (local invoke with its stand-ins, tests), whose StAX users
     * keep the provider they find (woodstox there), nor when the thread's context class loader, through which the
     * JDK loads the named class, cannot see this one.
     */
    public static void install() {
        install(System.getenv("AWS_EXECUTION_ENV"));
    }

    static void install(String executionEnvironment) {
        String property = XMLInputFactory.class.getName();
        if (System.getProperty(property) != null || executionEnvironment == null
                || !executionEnvironment.startsWith("AWS_Lambda_") || !visibleToContextLoader()) {
            return;
        }
        System.setProperty(property, LeanXmlInputFactory.class.getName());
    }

    private static boolean visibleToContextLoader() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try {
            return loader != null
                    && Class.forName(LeanXmlInputFactory.class.getName(), false, loader) == LeanXmlInputFactory.class;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** What {@code ServiceLoader} calls. */
    public LeanXmlInputFactory() {
        // properties as the JDK's factory has them until set
    }

    @Override
    public XMLEventReader createXMLEventReader(InputStream stream) throws XMLStreamException {
        if (!scannerApplies()) {
            return jdk().createXMLEventReader(stream);
        }
        BufferedInputStream input = new BufferedInputStream(stream, PROLOG_BYTES);
        input.mark(PROLOG_BYTES);
        byte[] head;
        try {
            head = input.readNBytes(PROLOG_BYTES);
            input.reset();
        } catch (IOException e) {
            throw new XMLStreamException("cannot read the document: " + e.getMessage(), e);
        }
        if (!Prolog.scannerReads(head, head.length, head.length < PROLOG_BYTES)) {
            return jdk().createXMLEventReader(input);
        }
        Reader reader = new InputStreamReader(input, StandardCharsets.UTF_8.newDecoder());
        return new LeanXmlEventReader(new XmlScanner(reader));
    }

    @Override
    public XMLEventReader createXMLEventReader(InputStream stream, String encoding) throws XMLStreamException {
        String name = encoding == null ? "" : encoding.toUpperCase(Locale.ROOT);
        return name.equals("UTF-8") || name.equals("UTF8") ? createXMLEventReader(stream)
                : jdk().createXMLEventReader(stream, encoding);
    }

    /**
     * DTDs off (the JDK's default is on) and nothing set that the scanner would not honour: it never reads a DTD or
     * an external entity, always replaces references, is namespace aware and does not validate.
     */
    private boolean scannerApplies() {
        if (!Boolean.FALSE.equals(properties.get(SUPPORT_DTD))) {
            return false;
        }
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            boolean honoured = switch (property.getKey()) {
                case SUPPORT_DTD, IS_SUPPORTING_EXTERNAL_ENTITIES, IS_COALESCING -> true;
                case IS_NAMESPACE_AWARE, IS_REPLACING_ENTITY_REFERENCES -> Boolean.TRUE.equals(property.getValue());
                case IS_VALIDATING -> Boolean.FALSE.equals(property.getValue());
                default -> property.getValue() == null;
            };
            if (!honoured) {
                return false;
            }
        }
        return true;
    }

    /** The JDK's own factory, with this one's properties. */
    private XMLInputFactory jdk() {
        if (jdk == null) {
            XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
            properties.forEach(factory::setProperty);
            jdk = factory;
        }
        return jdk;
    }

    @Override
    public XMLStreamReader createXMLStreamReader(Reader reader) throws XMLStreamException {
        return jdk().createXMLStreamReader(reader);
    }

    @Override
    public XMLStreamReader createXMLStreamReader(Source source) throws XMLStreamException {
        return jdk().createXMLStreamReader(source);
    }

    @Override
    public XMLStreamReader createXMLStreamReader(InputStream stream) throws XMLStreamException {
        return jdk().createXMLStreamReader(stream);
    }

    @Override
    public XMLStreamReader createXMLStreamReader(InputStream stream, String encoding) throws XMLStreamException {
        return jdk().createXMLStreamReader(stream, encoding);
    }

    @Override
    public XMLStreamReader createXMLStreamReader(String systemId, InputStream stream) throws XMLStreamException {
        return jdk().createXMLStreamReader(systemId, stream);
    }

    @Override
    public XMLStreamReader createXMLStreamReader(String systemId, Reader reader) throws XMLStreamException {
        return jdk().createXMLStreamReader(systemId, reader);
    }

    @Override
    public XMLEventReader createXMLEventReader(Reader reader) throws XMLStreamException {
        return jdk().createXMLEventReader(reader);
    }

    @Override
    public XMLEventReader createXMLEventReader(String systemId, Reader reader) throws XMLStreamException {
        return jdk().createXMLEventReader(systemId, reader);
    }

    @Override
    public XMLEventReader createXMLEventReader(XMLStreamReader reader) throws XMLStreamException {
        return jdk().createXMLEventReader(reader);
    }

    @Override
    public XMLEventReader createXMLEventReader(Source source) throws XMLStreamException {
        return jdk().createXMLEventReader(source);
    }

    @Override
    public XMLEventReader createXMLEventReader(String systemId, InputStream stream) throws XMLStreamException {
        return jdk().createXMLEventReader(systemId, stream);
    }

    @Override
    public XMLStreamReader createFilteredReader(XMLStreamReader reader, StreamFilter filter)
            throws XMLStreamException {
        return jdk().createFilteredReader(reader, filter);
    }

    @Override
    public XMLEventReader createFilteredReader(XMLEventReader reader, EventFilter filter) throws XMLStreamException {
        return jdk().createFilteredReader(reader, filter);
    }

    @Override
    public XMLResolver getXMLResolver() {
        return (XMLResolver) getProperty(RESOLVER);
    }

    @Override
    public void setXMLResolver(XMLResolver resolver) {
        setProperty(RESOLVER, resolver);
    }

    @Override
    public XMLReporter getXMLReporter() {
        return (XMLReporter) getProperty(REPORTER);
    }

    @Override
    public void setXMLReporter(XMLReporter reporter) {
        setProperty(REPORTER, reporter);
    }

    @Override
    public void setProperty(String name, Object value) {
        if (!STANDARD.contains(name)) {
            // the JDK's factory says whether it knows the name (IllegalArgumentException if not)
            jdk().setProperty(name, value);
        } else if (jdk != null) {
            jdk.setProperty(name, value);
        }
        properties.put(name, value);
    }

    @Override
    public Object getProperty(String name) {
        return properties.containsKey(name) ? properties.get(name) : jdk().getProperty(name);
    }

    @Override
    public boolean isPropertySupported(String name) {
        return STANDARD.contains(name) || jdk().isPropertySupported(name);
    }

    @Override
    public void setEventAllocator(XMLEventAllocator allocator) {
        setProperty(ALLOCATOR, allocator);
    }

    @Override
    public XMLEventAllocator getEventAllocator() {
        return (XMLEventAllocator) getProperty(ALLOCATOR);
    }
}
