package com.backupsentinel.standins.inventory;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Where the next page of a sorted list starts: the CreationDate and id of its first row. Stable when rows are
 * added between pages, and opaque to clients (base64 text).
 *
 * @param created epoch milliseconds of the next row's CreationDate
 * @param id      the next row's id
 */
public record Cursor(long created, String id) {

    private static final String PREFIX = "sentinel-v1|";

    public String encode() {
        String plain = PREFIX + created + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a token made by {@link #encode}; empty when it is not one. */
    public static Optional<Cursor> decode(String token) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!plain.startsWith(PREFIX)) {
                return Optional.empty();
            }
            String rest = plain.substring(PREFIX.length());
            int bar = rest.indexOf('|');
            if (bar < 0) {
                return Optional.empty();
            }
            return Optional.of(new Cursor(Long.parseLong(rest.substring(0, bar)), rest.substring(bar + 1)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
