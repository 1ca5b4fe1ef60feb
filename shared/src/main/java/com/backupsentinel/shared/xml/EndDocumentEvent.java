package com.backupsentinel.shared.xml;

import java.io.Writer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.events.EndDocument;

/** The end of the document, after the root element and what follows it. */
final class EndDocumentEvent extends LeanEvent implements EndDocument {

    EndDocumentEvent(Location location) {
        super(XMLStreamConstants.END_DOCUMENT, location);
    }

    @Override
    void write(Writer writer) {
        // nothing: the end of a document is written as no text
    }
}
