package com.backupsentinel.local;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where local-org-run sends the functions' logs: nowhere until {@link #writeTo} names a file. */
final class LogSink extends OutputStream {

    private volatile OutputStream target = OutputStream.nullOutputStream();

    void writeTo(Path file) {
        try {
            Files.createDirectories(file.getParent());
            target = Files.newOutputStream(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the function log " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void write(int b) throws IOException {
        target.write(b);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) throws IOException {
        target.write(bytes, offset, length);
    }

    @Override
    public synchronized void flush() throws IOException {
        target.flush();
    }

    synchronized void closeTarget() {
        try {
            target.close();
        } catch (IOException ignored) {
            // at exit: nothing more to write
        }
    }
}
