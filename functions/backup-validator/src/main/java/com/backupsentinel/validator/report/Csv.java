package com.backupsentinel.validator.report;

import java.util.List;

/**
 * RFC 4180 CSV cells, guarded against formula injection: a cell starting with {@code = + - @}, tab or carriage
 * return gets a leading apostrophe so spreadsheets show it as text.
 */
final class Csv {

    private Csv() {
    }

    static String row(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (String cell : cells) {
            if (line.length() > 0) {
                line.append(',');
            }
            line.append(cell(cell));
        }
        return line.append("\r\n").toString();
    }

    static String cell(String raw) {
        String text = raw == null ? "" : raw;
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !isNumber(text)) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
