package com.backupsentinel.shared.xml;

import javax.xml.stream.Location;

/** Where an event starts: line and column from 1, character offset from 0. */
record XmlLocation(int line, int column, int offset) implements Location {

    @Override
    public int getLineNumber() {
        return line;
    }

    @Override
    public int getColumnNumber() {
        return column;
    }

    @Override
    public int getCharacterOffset() {
        return offset;
    }

    @Override
    public String getPublicId() {
        return null;
    }

    @Override
    public String getSystemId() {
        return null;
    }
}
