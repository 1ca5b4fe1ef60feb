package com.backupsentinel.usage;

/** Quoting untrusted text into messages: bounded length, control characters made visible. */
final class Texts {

    static final int MAX_ECHO = 80;

    private Texts() {
    }

    /** {@code 'value'} with control characters escaped and anything past {@value #MAX_ECHO} characters cut. */
    static String quote(String value) {
        StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_ECHO) + 8).append('\'');
        int limit = Math.min(value.length(), MAX_ECHO);
        for (int i = 0; i < limit; i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        if (value.length() > MAX_ECHO) {
            out.append("...");
        }
        return out.append('\'').toString();
    }

    /** True when {@code value} holds a C0 control character or DEL. */
    static boolean hasControlCharacters(String value) {
        return value.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }
}
