package com.backupsentinel.shared.boot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one {@link JarFirstLoader} of a function's zip: over the jars of lib/ beside the zip's root (where this class is
 * loaded from), in name order as Lambda's runtime lists them, with the loader of the zip's root as its parent. Made on
 * first use and kept for the life of the runtime, as the runtime keeps its own loader.
 */
public final class JarFirst {

    private static JarFirstLoader loader;

    private JarFirst() {
    }

    /** The function's loader, made on the first call. */
    public static ClassLoader loader() {
        return loader(List.of());
    }

    /**
     * The function's loader, made on the first call with {@code extraEntries} searched after lib/'s jars: local
     * tooling's own classes that must link against the function's libraries. Later calls return that loader.
     */
    public static synchronized ClassLoader loader(List<Path> extraEntries) {
        if (loader == null) {
            List<Path> entries = new ArrayList<>(libJars(root()));
            entries.addAll(extraEntries);
            try {
                loader = new JarFirstLoader(entries, JarFirst.class.getClassLoader());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot open the function's jars " + entries, e);
            }
        }
        return loader;
    }

    /** The zip's root: the folder (or jar) this class was loaded from. */
    static Path root() {
        try {
            return Path.of(JarFirst.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The function's root is not a file: " + e.getMessage(), e);
        }
    }

    /**
     * The jars of {@code root}/lib, in name order. Read with {@code File.list} and sorted as an array: a sorted stream
     * alone would load about 25 JDK classes on every cold start.
     */
    static List<Path> libJars(Path root) {
        Path lib = root.resolve("lib");
        String[] names = lib.toFile().list();
        if (names == null) {
            throw new IllegalStateException("The function's zip has no lib/ folder beside " + root);
        }
        Arrays.sort(names);
        List<Path> jars = new ArrayList<>();
        for (String name : names) {
            if (name.endsWith(".jar")) {
                jars.add(lib.resolve(name));
            }
        }
        return jars;
    }
}
