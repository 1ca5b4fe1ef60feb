package com.backupsentinel.validator.report;

import com.backupsentinel.shared.text.UntrustedText;
import java.util.List;

/**
 * RFC 4180 CSV rows of cells made safe by {@link UntrustedText#csvCell}: one line each (line breaks, bidi and
 * zero-width characters neutralised), quoted when needed, and a cell a spreadsheet would run as a formula (starting
 * with {@code = + - @}) gets a leading apostrophe so it is shown as text.
 */
final class Csv {

    private Csv() {
    }

    static String row(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    /** One cell: {@link UntrustedText#csvCell}. */
    static String cell(String raw) {
        return UntrustedText.csvCell(raw);
    }
}
