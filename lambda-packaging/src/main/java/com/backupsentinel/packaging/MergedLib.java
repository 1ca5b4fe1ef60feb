package com.backupsentinel.packaging;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * {@code MergedLib CLASSES_DIR LIB_DIR OUTPUT_DIR ROOT_DIR}: the zip's lib/ as one jar, {@value #JAR_NAME}, holding the
 * function's own classes (CLASSES_DIR, as LeanLib finished them) and every entry of the lean jars of LIB_DIR exactly as
 * a class loader would find them over the zip's root and those jars in name order (the runtime's classpath order),
 * and the zip's root in ROOT_DIR: only the classes that start the function from that jar ({@link ZipRoot}). A class
 * loader looks a class up in every jar before the one that holds it; over one jar it looks once, which takes 5–10% of
 * the notifier's JVM CPU time off its fresh start, and the jar-first loader the root starts finds it with one look-up
 * (both measured in docs/cold-start.md).
 *
 * <p>Nothing a reader of the separate jars would find is lost:
 * <ul>
 *   <li>ServiceLoader files ({@code META-INF/services/}) and the SDK's interceptor lists ({@code *.interceptors}),
 *       which their readers read from every jar, are joined in jar order, each jar's lines as they were;</li>
 *   <li>any other entry present in several jars keeps the first jar's copy at its name, as a class loader would
 *       return it; a later copy with other bytes (a NOTICE, a LICENSE) is kept under
 *       {@code META-INF/merged/<jar file name>/}, and a class shadowed that way is named in the report;</li>
 *   <li>the manifest is a new one, saying {@code Multi-Release: true} when any jar said so (the JVM then reads their
 *       {@code META-INF/versions/} classes);</li>
 *   <li>a signed jar is refused: its signature cannot cover the merged jar.</li>
 * </ul>
 * Entries are stored, as in the lean jars, for the zip to deflate the jar as one stream.
 */
public final class MergedLib {

    /** The one jar of a function zip's lib/. */
    public static final String JAR_NAME = "dependencies.jar";
    static final String MERGED_COPIES = "META-INF/merged/";
    /** How the report and the shadowing notes name the function's own classes, merged before every jar. */
    static final String FUNCTION_CLASSES = "function-classes";
    private static final String SERVICES = "META-INF/services/";
    private static final Pattern SIGNATURE = Pattern.compile("META-INF/[^/]+\\.(SF|RSA|DSA|EC)");

    private MergedLib() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: MergedLib CLASSES_DIR LIB_DIR OUTPUT_DIR ROOT_DIR");
        }
        PrintStream out = System.out;
        out.print(write(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[3])));
    }

    /**
     * Writes {@code outputDir}/{@value #JAR_NAME} from the function's own classes ({@code classesDir}, first, as they
     * came first at the zip's root) and the jars of {@code libDir}, and the zip's root to {@code rootDir}: the boot
     * classes and a stub per handler ({@link ZipRoot}). Returns the report.
     */
    static String write(Path classesDir, Path libDir, Path outputDir, Path rootDir) throws IOException {
        Map<String, byte[]> own = LeanLib.readFolder(classesDir);
        Merge merge = new Merge();
        for (Map.Entry<String, byte[]> file : own.entrySet()) {
            merge.add(FUNCTION_CLASSES, file.getKey(), file.getValue());
        }
        StringBuilder report = merge(merge, libDir, outputDir);
        Map<String, byte[]> root = ZipRoot.entries(own, merge.entries());
        LeanLib.writeFolder(root, rootDir);
        report.append(String.format(Locale.ROOT, "  the function's classes merged first; the zip's root: %s%n",
                ZipRoot.describe(root)));
        return report.toString();
    }

    /** Writes {@code outputDir}/{@value #JAR_NAME} from the jars of {@code libDir} alone; returns the report. */
    static String write(Path libDir, Path outputDir) throws IOException {
        return merge(new Merge(), libDir, outputDir).toString();
    }

    private static StringBuilder merge(Merge merge, Path libDir, Path outputDir) throws IOException {
        List<Path> jars;
        try (Stream<Path> files = Files.list(libDir)) {
            jars = files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
        for (Path jar : jars) {
            merge.add(jar);
        }
        Map<String, byte[]> ordered = merge.entries();
        Files.createDirectories(outputDir);
        Path output = outputDir.resolve(JAR_NAME);
        LeanLib.writeJar(output, ordered);
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "lambda-packaging: lib/%s, %d KB stored: %d jars merged, %d entries, %d listings joined%s%n", JAR_NAME,
                Files.size(output) / 1024, jars.size(), ordered.size(), merge.listings.size(),
                merge.multiRelease ? ", multi-release" : ""));
        merge.shadowed.forEach(line -> report.append("  ").append(line).append(System.lineSeparator()));
        return report;
    }

    /** The merged jar's entries as the jars are added in classpath order, and what the report says of them. */
    private static final class Merge {

        private final Map<String, byte[]> entries = new TreeMap<>();
        private final Map<String, String> firstJar = new TreeMap<>();
        private final Map<String, StringBuilder> listings = new TreeMap<>();
        private final List<String> shadowed = new ArrayList<>();
        private boolean multiRelease;

        void add(Path jar) throws IOException {
            String jarName = jar.getFileName().toString();
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                Enumeration<? extends ZipEntry> all = zip.entries();
                while (all.hasMoreElements()) {
                    ZipEntry entry = all.nextElement();
                    if (!entry.isDirectory()) {
                        add(jarName, entry.getName(), zip.getInputStream(entry).readAllBytes());
                    }
                }
            }
        }

        void add(String jarName, String name, byte[] bytes) throws IOException {
            if (SIGNATURE.matcher(name).matches()) {
                throw new IllegalStateException(jarName + " is signed (" + name + "): its signature cannot"
                        + " cover a merged jar; leave it out of the function or unsign it");
            }
            if (JarFile.MANIFEST_NAME.equals(name)) {
                multiRelease |= isMultiRelease(bytes);
            } else if (isListing(name)) {
                StringBuilder listing = listings.computeIfAbsent(name, n -> new StringBuilder());
                listing.append(new String(bytes, StandardCharsets.UTF_8));
                if (listing.length() > 0 && listing.charAt(listing.length() - 1) != '\n') {
                    listing.append('\n');
                }
            } else if (!entries.containsKey(name)) {
                entries.put(name, bytes);
                firstJar.put(name, jarName);
            } else if (!Arrays.equals(entries.get(name), bytes)) {
                keepShadowed(jarName, name, bytes);
            }
        }

        /** A later jar's different copy of an entry: a class stays the first jar's, a resource is kept aside too. */
        private void keepShadowed(String jarName, String name, byte[] bytes) {
            if (name.endsWith(".class")) {
                shadowed.add(name + " of " + jarName + " is shadowed by " + firstJar.get(name)
                        + "'s, as on the separate jars' classpath");
            } else {
                String copy = MERGED_COPIES + jarName + "/" + name;
                entries.put(copy, bytes);
                shadowed.add(name + " of " + jarName + " kept as " + copy);
            }
        }

        /** The manifest first, where jar readers look, then every entry and joined listing by name. */
        Map<String, byte[]> entries() {
            Map<String, byte[]> byName = new TreeMap<>(entries);
            listings.forEach((name, listing) -> byName.put(name, listing.toString().getBytes(StandardCharsets.UTF_8)));
            Map<String, byte[]> ordered = new LinkedHashMap<>();
            ordered.put(JarFile.MANIFEST_NAME, manifest(multiRelease));
            ordered.putAll(byName);
            return ordered;
        }
    }

    private static boolean isListing(String name) {
        return (name.startsWith(SERVICES) && name.length() > SERVICES.length()) || name.endsWith(".interceptors");
    }

    private static boolean isMultiRelease(byte[] manifest) throws IOException {
        String value = new Manifest(new ByteArrayInputStream(manifest)).getMainAttributes()
                .getValue(Attributes.Name.MULTI_RELEASE);
        return "true".equalsIgnoreCase(value == null ? "" : value.trim());
    }

    private static byte[] manifest(boolean multiRelease) {
        String text = "Manifest-Version: 1.0\r\nCreated-By: backup-sentinel lambda-packaging\r\n"
                + (multiRelease ? "Multi-Release: true\r\n" : "") + "\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
