package com.backupsentinel.shared.xml;

import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.events.Characters;

/** Text, its entity and character references replaced, CDATA sections included. */
final class CharactersEvent extends LeanEvent implements Characters {

    private final String data;

    CharactersEvent(String data, Location location) {
        super(XMLStreamConstants.CHARACTERS, location);
        this.data = data;
    }

    @Override
    public String getData() {
        return data;
    }

    @Override
    public boolean isWhiteSpace() {
        for (int i = 0; i < data.length(); i++) {
            if (!XmlChars.isWhitespace(data.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean isCData() {
        return false;
    }

    @Override
    public boolean isIgnorableWhiteSpace() {
        return false;
    }

    @Override
    void write(Writer writer) throws IOException {
        writer.write(XmlChars.escape(data, false));
    }
}
