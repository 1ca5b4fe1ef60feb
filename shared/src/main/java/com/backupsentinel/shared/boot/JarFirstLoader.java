package com.backupsentinel.shared.boot;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.ProtectionDomain;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The class loader a function's code runs in, over the jars of its zip's lib/ (and, for local tooling, further jars
 * or folders): each class and resource is looked up in those entries first, in order, and only then in the parent,
 * except the Lambda runtime's own API ({@code com.amazonaws.services.lambda.runtime}, but not its {@code events} and
 * {@code serialization} packages), which always comes from the parent so that the runtime and the function agree on
 * {@code Context} and the handler interfaces.
 *
 * <p>Lambda's own loader looks every class up in {@code /var/task} (a file-system look-up, with two URLs built) and in
 * the runtime's jars before it reaches lib/; this one finds a class with one hash look-up in the jar's central
 * directory. Entries are read as plain zip entries: a multi-release jar is read at its base version.
 */
public final class JarFirstLoader extends ClassLoader implements Closeable {

    static {
        registerAsParallelCapable();
    }

    private static final String RUNTIME_API = "com.amazonaws.services.lambda.runtime.";
    private static final String RUNTIME_EVENTS = RUNTIME_API + "events.";
    private static final String RUNTIME_SERIALIZATION = RUNTIME_API + "serialization.";

    private final List<Source> sources;

    /**
     * A loader over {@code entries} (jars or folders of classes, searched in order), with {@code parent} behind them.
     *
     * @throws IOException if a jar cannot be opened
     */
    public JarFirstLoader(List<Path> entries, ClassLoader parent) throws IOException {
        super("jar-first", parent);
        List<Source> opened = new ArrayList<>();
        for (Path entry : entries) {
            opened.add(Files.isDirectory(entry) ? new FolderSource(entry) : new JarSource(entry));
        }
        this.sources = List.copyOf(opened);
    }

    /**
     * Whether {@code className} always comes from the parent: {@code java.*}, which only the JDK may define, and the
     * Lambda runtime's API, which the runtime shares with the function.
     */
    static boolean fromParent(String className) {
        return className.startsWith("java.") || (className.startsWith(RUNTIME_API)
                && !className.startsWith(RUNTIME_EVENTS) && !className.startsWith(RUNTIME_SERIALIZATION));
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = fromParent(name) ? null : defineFromSources(name);
                if (loaded == null) {
                    return getParent().loadClass(name);
                }
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    private Class<?> defineFromSources(String name) throws ClassNotFoundException {
        String path = name.replace('.', '/').concat(".class");
        for (Source source : sources) {
            try {
                byte[] bytes = source.read(path);
                if (bytes != null) {
                    return defineClass(name, bytes, 0, bytes.length, source.domain(this));
                }
            } catch (IOException e) {
                throw new ClassNotFoundException(name + " could not be read from " + source, e);
            }
        }
        return null;
    }

    @Override
    public URL getResource(String name) {
        URL own = findResource(name);
        return own != null ? own : getParent().getResource(name);
    }

    /** The entries' copies of {@code name} if they hold it, else the parent's: never both, so no list is read twice. */
    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        Enumeration<URL> own = findResources(name);
        return own.hasMoreElements() ? own : getParent().getResources(name);
    }

    @Override
    protected URL findResource(String name) {
        for (Source source : sources) {
            URL url = source.url(name);
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
        List<URL> urls = new ArrayList<>();
        for (Source source : sources) {
            URL url = source.url(name);
            if (url != null) {
                urls.add(url);
            }
        }
        return Collections.enumeration(urls);
    }

    /** Closes its jars; a function's loader lives as long as the runtime and is never closed. */
    @Override
    public void close() throws IOException {
        for (Source source : sources) {
            source.close();
        }
    }

    @Override
    public String toString() {
        return "JarFirstLoader" + sources;
    }

    /** A jar or a folder of classes. */
    private abstract static class Source {

        private final Path path;
        private ProtectionDomain domain;

        Source(Path path) {
            this.path = path;
        }

        /** The entry's bytes, or null when the source does not hold it. */
        abstract byte[] read(String entry) throws IOException;

        /** The entry's URL, or null when the source does not hold it. */
        abstract URL url(String entry);

        void close() throws IOException {
        }

        final synchronized ProtectionDomain domain(ClassLoader loader) {
            if (domain == null) {
                domain = new ProtectionDomain(new CodeSource(toUrl(path.toUri().toString()), (Certificate[]) null),
                        null, loader, null);
            }
            return domain;
        }

        static URL toUrl(String spec) {
            try {
                return new URL(spec);
            } catch (MalformedURLException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return path.toString();
        }
    }

    private static final class JarSource extends Source {

        private final ZipFile jar;
        private final String urlPrefix;

        JarSource(Path path) throws IOException {
            super(path);
            this.jar = new ZipFile(path.toFile());
            this.urlPrefix = "jar:" + path.toUri() + "!/";
        }

        /**
         * Reads into an array of the entry's size, which the central directory gives: {@code readAllBytes} would read
         * through 8 KB buffers and copy, about 10 MB of garbage over the notifier's 1,300 classes, which a function of
         * 1,024 MB (an initial heap of 16 MB) pays for in young collections.
         */
        @Override
        byte[] read(String entry) throws IOException {
            ZipEntry found = jar.getEntry(entry);
            if (found == null) {
                return null;
            }
            long size = found.getSize();
            try (InputStream in = jar.getInputStream(found)) {
                if (size < 0 || size > Integer.MAX_VALUE) {
                    return in.readAllBytes();
                }
                byte[] bytes = new byte[(int) size];
                int read = in.readNBytes(bytes, 0, bytes.length);
                if (read != bytes.length || in.read() != -1) {
                    throw new IOException(entry + " is not the " + size + " bytes its jar's directory says");
                }
                return bytes;
            }
        }

        @Override
        URL url(String entry) {
            return jar.getEntry(entry) == null ? null : toUrl(urlPrefix + entry);
        }

        @Override
        void close() throws IOException {
            jar.close();
        }
    }

    private static final class FolderSource extends Source {

        private final Path folder;

        FolderSource(Path folder) {
            super(folder);
            this.folder = folder;
        }

        @Override
        byte[] read(String entry) throws IOException {
            Path file = file(entry);
            return file == null ? null : Files.readAllBytes(file);
        }

        @Override
        URL url(String entry) {
            Path file = file(entry);
            return file == null ? null : toUrl(file.toUri().toString());
        }

        private Path file(String entry) {
            Path file = folder.resolve(entry).normalize();
            return file.startsWith(folder) && Files.isRegularFile(file) ? file : null;
        }
    }
}
