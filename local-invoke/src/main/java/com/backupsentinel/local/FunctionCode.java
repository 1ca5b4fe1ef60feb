package com.backupsentinel.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A function's deployable zip, unpacked the way Lambda unpacks it into /var/task: classes and resources at the root,
 * dependency jars under lib/. Unpacked once per built zip, next to it ({@code target/<name>-unpacked/}), and again
 * whenever the zip changes.
 */
final class FunctionCode {

    private static final String STAMP = ".unpacked-from";

    private final Path root;

    private FunctionCode(Path root) {
        this.root = root;
    }

    /** The zip's contents, unpacking it first when it changed since the last time. */
    static synchronized FunctionCode unpack(Path zip) {
        Path target = zip.resolveSibling(zip.getFileName().toString().replaceFirst("\\.zip$", "") + "-unpacked");
        try {
            String stamp = Files.size(zip) + " " + Files.getLastModifiedTime(zip).toMillis();
            Path stampFile = target.resolve(STAMP);
            if (Files.isRegularFile(stampFile) && Files.readString(stampFile, StandardCharsets.UTF_8).equals(stamp)) {
                return new FunctionCode(target);
            }
            Path temporary = Files.createTempDirectory(zip.getParent(), ".unpacking-");
            extract(zip, temporary);
            Files.writeString(temporary.resolve(STAMP), stamp, StandardCharsets.UTF_8);
            delete(target);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return new FunctionCode(target);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack " + zip + ": " + e.getMessage(), e);
        }
    }

    Path root() {
        return root;
    }

    /** The runtime's classpath: the root folder, then every lib/*.jar in name order. */
    List<Path> classpath() {
        List<Path> entries = new ArrayList<>();
        entries.add(root);
        Path lib = root.resolve("lib");
        if (Files.isDirectory(lib)) {
            try (Stream<Path> jars = Files.list(lib)) {
                jars.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().forEach(entries::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return entries;
    }

    private static void extract(Path zip, Path into) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Enumeration<? extends ZipEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                Path destination = into.resolve(entry.getName()).normalize();
                if (!destination.startsWith(into)) {
                    throw new IOException("zip entry outside the folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                Files.createDirectories(destination.getParent());
                try (InputStream in = file.getInputStream(entry)) {
                    Files.copy(in, destination, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
