package com.backupsentinel.standins.demo;

import java.util.List;

/** A small Markdown writer for EXPECTED.md. */
final class Markdown {

    private final StringBuilder out = new StringBuilder();

    Markdown line(String text) {
        out.append(text).append('\n');
        return this;
    }

    Markdown heading(String text) {
        return line("").line("## " + text).line("");
    }

    Markdown subheading(String text) {
        return line("").line("### " + text).line("");
    }

    Markdown row(List<?> cells) {
        StringBuilder row = new StringBuilder("|");
        for (Object cell : cells) {
            row.append(' ').append(cell).append(" |");
        }
        return line(row.toString());
    }

    Markdown header(List<String> cells) {
        row(cells);
        return line("|" + "---|".repeat(cells.size()));
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
