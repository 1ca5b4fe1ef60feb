package com.backupsentinel.shared.xml;

import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.events.StartDocument;

/** The start of the document, with what its XML declaration said (version 1.0 and UTF-8 when it has none). */
final class StartDocumentEvent extends LeanEvent implements StartDocument {

    private final String version;
    private final String encoding;
    private final boolean encodingSet;
    private final Boolean standalone;

    StartDocumentEvent(String version, String encoding, Boolean standalone, Location location) {
        super(XMLStreamConstants.START_DOCUMENT, location);
        this.version = version == null ? "1.0" : version;
        this.encodingSet = encoding != null;
        this.encoding = encoding == null ? "UTF-8" : encoding;
        this.standalone = standalone;
    }

    @Override
    public String getSystemId() {
        return "";
    }

    @Override
    public String getCharacterEncodingScheme() {
        return encoding;
    }

    @Override
    public boolean encodingSet() {
        return encodingSet;
    }

    @Override
    public boolean isStandalone() {
        return Boolean.TRUE.equals(standalone);
    }

    @Override
    public boolean standaloneSet() {
        return standalone != null;
    }

    @Override
    public String getVersion() {
        return version;
    }

    @Override
    void write(Writer writer) throws IOException {
        writer.write("<?xml version=\"" + version + "\" encoding=\"" + encoding + "\""
                + (standalone == null ? "" : " standalone=\"" + (standalone ? "yes" : "no") + "\"") + "?>");
    }
}
