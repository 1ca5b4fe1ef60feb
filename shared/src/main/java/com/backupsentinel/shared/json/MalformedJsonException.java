package com.backupsentinel.shared.json;

import java.io.IOException;

/**
 * Input {@link JsonReader} does not read as JSON, with what is wrong and where:
 * {@code unexpected character 'x' at line 1, column 5: expected a value}.
 */
public final class MalformedJsonException extends IOException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;
    private final long offset;

    MalformedJsonException(String problem, String expected, int line, int column, long offset) {
        super(problem + " at line " + line + ", column " + column + (expected.isEmpty() ? "" : ": " + expected));
        this.line = line;
        this.column = column;
        this.offset = offset;
    }

    /** The line of the problem, from 1. */
    public int line() {
        return line;
    }

    /** The column of the problem in its line, from 1, in characters. */
    public int column() {
        return column;
    }

    /** The byte offset of the problem in the input, from 0 (a byte order mark included). */
    public long offset() {
        return offset;
    }
}
