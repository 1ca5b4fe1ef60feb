package com.backupsentinel.audit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

/**
 * Builds one gzip-compressed JSON Lines object. Java's gzip header carries no timestamp or file name, so the
 * same events always give the same bytes: an export re-run is byte-identical.
 */
final class JsonLinesGzip {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final GZIPOutputStream gzip;
    private long count;
    private Instant first;
    private Instant last;

    JsonLinesGzip() {
        try {
            gzip = new GZIPOutputStream(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void add(AuditEvent event) {
        if (last != null && event.createdAt().isBefore(last)) {
            throw new IllegalStateException("Audit events must arrive in createdAt order: " + event.eventId()
                    + " at " + event.createdAt() + " follows " + last);
        }
        try {
            gzip.write((AuditJson.toLine(event) + "\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        count++;
        if (first == null) {
            first = event.createdAt();
        }
        last = event.createdAt();
    }

    /** Finishes the object: its compressed bytes and their manifest. */
    Finished finish(LocalDate period, String key) {
        try {
            gzip.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] body = bytes.toByteArray();
        ExportManifest manifest = new ExportManifest(period, key, count, Optional.ofNullable(first),
                Optional.ofNullable(last), sha256(body), body.length);
        return new Finished(manifest, body);
    }

    /** The compressed object and its manifest. */
    record Finished(ExportManifest manifest, byte[] body) {
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
