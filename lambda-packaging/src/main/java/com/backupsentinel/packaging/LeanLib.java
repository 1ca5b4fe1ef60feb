package com.backupsentinel.packaging;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * {@code LeanLib CLASSES_DIR DEPENDENCY_DIR OUTPUT_DIR}: writes to OUTPUT_DIR the jars {@link MergedLib} then merges
 * into the one jar of a function zip's lib/: each dependency jar of DEPENDENCY_DIR with only the classes the function
 * can reach from its own classes ({@link Reachability}), SDK clients reduced to the operations it calls
 * ({@link OperationStubs}). Kept whole: the project's own jars, aws-lambda-java-core (the runtime's API) and org.crac
 * (found reflectively by the runtime). Kept always: resources, execution interceptor lists and the providers of every
 * ServiceLoader service it reaches (the maven-shade minimizeJar trap, MSHADE-255, avoided), and resources whose file
 * name a reachable class mentions (the regions jar's 1.2 MB endpoints.json, which no class reads, goes); the regions
 * jar's table of every service's endpoint metadata is cut to the services packaged ({@link ServiceMetadataTable});
 * client builders resolve their build-time endpoint with the client's own endpoint provider
 * ({@link ConfiguredEndpointProviders}). Every class, the function's own included, has its lambdas desugared
 * ({@link LambdaDesugar}) and its local variable tables and invisible annotations dropped ({@link UnreadAttributes});
 * jars are written stored, for the zip to deflate. Prints what it kept, jar by jar.
 */
public final class LeanLib {

    private static final String MAVEN_METADATA = "META-INF/maven/";
    private static final String PROJECT_MARKER = MAVEN_METADATA + "com.backupsentinel/";
    private static final List<String> KEPT_WHOLE = List.of("aws-lambda-java-core-", "crac-");
    private static final String SERVICES = "META-INF/services/";
    private static final String VERSIONS = "META-INF/versions/";

    private LeanLib() {
    }

    /** One input jar, read into memory. */
    private record Jar(Path path, boolean keptWhole, Map<String, byte[]> classes, Map<String, byte[]> resources) {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5 || !args[4].matches("desugar=(true|false)")) {
            throw new IllegalArgumentException("usage: LeanLib CLASSES_DIR DEPENDENCY_DIR LIB_OUTPUT_DIR"
                    + " CLASSES_OUTPUT_DIR desugar=true|false");
        }
        PrintStream out = System.out;
        out.print(write(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), Path.of(args[3]),
                args[4].endsWith("true")));
    }

    /** The function's own classes and resources, finished, for MergedLib to put first in lib/'s jar. */
    private static void copyClasses(Map<String, byte[]> files, Path outputDir, ClassFinisher finisher)
            throws IOException {
        Map<String, byte[]> written = new TreeMap<>();
        Map<String, byte[]> classes = new TreeMap<>();
        files.forEach((name, bytes) -> {
            if (name.endsWith(".class")) {
                finisher.finish(className(name), bytes, classes);
            } else {
                written.put(name, bytes);
            }
        });
        classes.forEach((className, bytes) -> written.put(className + ".class", bytes));
        writeFolder(written, outputDir);
    }

    /**
     * Writes the lean jars to {@code outputDir}, the function's own classes to {@code classesOutputDir} (their lambdas
     * desugared with {@code desugar}), and returns the report.
     */
    static String write(Path classesDir, Path dependencyDir, Path outputDir, Path classesOutputDir, boolean desugar)
            throws IOException {
        List<Jar> jars = new ArrayList<>();
        try (Stream<Path> files = Files.list(dependencyDir)) {
            for (Path path : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                jars.add(read(path));
            }
        }
        String configuredProviders = rewriteSdkClasses(jars);
        Map<String, byte[]> own = readFolder(classesDir);
        Map<String, ClassRefs> universe = new HashMap<>();
        Map<String, List<String>> providers = new HashMap<>();
        List<String> roots = new ArrayList<>();
        own.forEach((name, bytes) -> {
            if (name.endsWith(".class")) {
                String className = className(name);
                universe.put(className, ClassRefs.of(bytes));
                roots.add(className);
            } else {
                register(name, bytes, providers, roots);
            }
        });
        for (Jar jar : jars) {
            jar.classes().forEach((className, bytes) -> {
                universe.putIfAbsent(className, ClassRefs.of(bytes));
                if (jar.keptWhole()) {
                    roots.add(className);
                }
            });
            jar.resources().forEach((name, bytes) -> register(name, bytes, providers, roots));
        }
        Reachability reach = new Reachability(universe, providers).from(roots);
        ClassFinisher finisher = finisher(own, jars, desugar);
        StringBuilder report = new StringBuilder();
        // -Dlean-lib.why=a/b/C,service/operation: how they were reached
        for (String name : System.getProperty("lean-lib.why", "").split(",")) {
            if (!name.isBlank()) {
                report.append("lean-lib.why: ").append(reach.why(name.trim())).append(System.lineSeparator());
            }
        }

        deleteJars(outputDir);
        Files.createDirectories(outputDir);
        long before = 0;
        long after = 0;
        for (Jar jar : jars) {
            long size = Files.size(jar.path());
            before += size;
            Path output = outputDir.resolve(jar.path().getFileName());
            if (jar.keptWhole()) {
                Map<String, byte[]> all = new TreeMap<>(jar.resources());
                Map<String, byte[]> classes = new TreeMap<>();
                jar.classes().forEach((className, bytes) -> finisher.finish(className, bytes, classes));
                classes.forEach((className, bytes) -> all.put(className + ".class", bytes));
                writeJar(output, all);
                after += Files.size(output);
                report.append(String.format(Locale.ROOT, "  %-48s %5d KB -> %5d KB, kept whole%n",
                        jar.path().getFileName(), size / 1024, Files.size(output) / 1024));
                continue;
            }
            Map<String, byte[]> kept = keptEntries(jar, reach, finisher);
            long keptClasses = kept.keySet().stream().filter(n -> n.endsWith(".class")).count();
            if (keptClasses == 0 && kept.keySet().stream().allMatch(n -> n.startsWith("META-INF/"))) {
                report.append(String.format(Locale.ROOT, "  %-48s %5d KB -> dropped (nothing reachable)%n",
                        jar.path().getFileName(), size / 1024));
                continue;
            }
            writeJar(output, kept);
            long leanSize = Files.size(output);
            after += leanSize;
            report.append(String.format(Locale.ROOT, "  %-48s %5d KB -> %5d KB, %5d of %5d classes%n",
                    jar.path().getFileName(), size / 1024, leanSize / 1024, keptClasses, jar.classes().size()));
        }
        report.insert(0, String.format(Locale.ROOT, "lambda-packaging: lib/ %d KB of deflated jars -> %d KB of"
                        + " stored jars, which the zip deflates (%d of %d classes reachable)%n", before / 1024, after / 1024,
                reach.reachable().size(), universe.size()));
        report.append(operationsReport(jars, reach)).append(configuredProviders);
        copyClasses(own, classesOutputDir, finisher);
        report.append(finisher.report());
        return report.toString();
    }

    /** The SDK classes lambda-packaging rewrites before it looks at what is reachable; returns the report's lines. */
    private static String rewriteSdkClasses(List<Jar> jars) {
        cutServiceMetadata(jars);
        return useConfiguredEndpointProviders(jars);
    }

    /** The regions jar's service metadata table, cut to the services whose clients are among the jars. */
    private static void cutServiceMetadata(List<Jar> jars) {
        Set<String> prefixes = new TreeSet<>();
        jars.forEach(jar -> prefixes.addAll(ServiceMetadataTable.endpointPrefixes(jar.classes())));
        for (Jar jar : jars) {
            byte[] provider = jar.classes().get(ServiceMetadataTable.PROVIDER);
            if (provider != null && !jar.keptWhole()) {
                jar.classes().put(ServiceMetadataTable.PROVIDER, ServiceMetadataTable.keepOnly(provider, prefixes));
            }
        }
    }

    /** Client builders resolving their build-time endpoint with the client's provider: {@link ConfiguredEndpointProviders}. */
    private static String useConfiguredEndpointProviders(List<Jar> jars) {
        Set<String> rewritten = new TreeSet<>();
        for (Jar jar : jars) {
            if (!jar.keptWhole()) {
                jar.classes().replaceAll((className, bytes) -> {
                    if (!ConfiguredEndpointProviders.isClientBuilder(className)) {
                        return bytes;
                    }
                    byte[] written = ConfiguredEndpointProviders.rewrite(bytes);
                    if (written != bytes) {
                        rewritten.add(className.substring(className.lastIndexOf('/') + 1));
                    }
                    return written;
                });
            }
        }
        return rewritten.isEmpty() ? "" : "  build-time endpoints from the configured provider: "
                + String.join(", ", rewritten) + System.lineSeparator();
    }

    private static String operationsReport(List<Jar> jars, Reachability reach) {
        StringBuilder report = new StringBuilder();
        reach.usedOperations().forEach((service, operations) -> {
            if (!operations.isEmpty() && jars.stream().anyMatch(j -> j.classes().keySet().stream()
                    .anyMatch(c -> c.startsWith("software/amazon/awssdk/services/" + service + "/model/")))) {
                report.append("  operations kept, ").append(service).append(": ")
                        .append(operations.stream().filter(o -> isOperation(jars, service, o))
                                .collect(Collectors.joining(", "))).append(System.lineSeparator());
            }
        });
        return report.toString();
    }

    private static boolean isOperation(List<Jar> jars, String service, String method) {
        String request = "software/amazon/awssdk/services/" + service + "/model/"
                + Character.toUpperCase(method.charAt(0)) + method.substring(1) + "Request";
        return jars.stream().anyMatch(jar -> jar.classes().containsKey(request)) || "waiter".equals(method);
    }

    private static Map<String, byte[]> keptEntries(Jar jar, Reachability reach, ClassFinisher finisher) {
        Map<String, byte[]> kept = new LinkedHashMap<>();
        jar.resources().forEach((name, bytes) -> {
            if (name.startsWith(SERVICES)) {
                String service = name.substring(SERVICES.length()).replace('.', '/');
                if (reach.reachable().contains(service) || !service.contains("/")) {
                    kept.put(name, bytes);
                }
            } else if (name.startsWith(VERSIONS) && name.endsWith(".class")) {
                String base = name.substring(name.indexOf('/', VERSIONS.length()) + 1);
                if (reach.reachable().contains(className(base))) {
                    kept.put(name, bytes);
                }
            } else if (name.startsWith(MAVEN_METADATA)) {
                // a copy of the library's pom and its coordinates, for build tools: nothing reads it at run time
                return;
            } else if (!name.endsWith("module-info.class") && (name.startsWith("META-INF/")
                    || name.endsWith(".interceptors") || reach.mentions(name.substring(name.lastIndexOf('/') + 1)))) {
                kept.put(name, bytes);
            }
        });
        Map<String, java.util.Set<String>> used = reach.usedOperations();
        jar.classes().forEach((className, bytes) -> {
            if (!reach.reachable().contains(className)) {
                return;
            }
            Optional<String> service = SdkClients.servicePackage(className);
            byte[] written = service.isEmpty() ? bytes : OperationStubs.stub(bytes, ClassRefs.of(bytes),
                    service.get(), used.getOrDefault(service.get(), Set.of()));
            Map<String, byte[]> classes = new TreeMap<>();
            finisher.finish(className, written, classes);
            classes.forEach((name, finished) -> kept.put(name + ".class", finished));
        });
        return kept;
    }

    /** Lambdas desugared (unless the module sets {@code lean-lib.desugar} to false), unread attributes dropped. */
    private static ClassFinisher finisher(Map<String, byte[]> own, List<Jar> jars, boolean desugar) {
        Map<String, byte[]> all = new HashMap<>();
        own.forEach((name, bytes) -> {
            if (name.endsWith(".class")) {
                all.put(className(name), bytes);
            }
        });
        jars.forEach(jar -> jar.classes().forEach(all::putIfAbsent));
        return new ClassFinisher(desugar ? new LambdaDesugar(new ClassAccess(all::get), all::containsKey,
                TestedTypes.in(all.values())) : null);
    }

    /** ServiceLoader files map interfaces to providers; SDK interceptor lists name classes loaded by name. */
    private static void register(String name, byte[] bytes, Map<String, List<String>> providers, List<String> roots) {
        if (name.startsWith(SERVICES) && !name.endsWith("/")) {
            String service = name.substring(SERVICES.length()).replace('.', '/');
            providers.computeIfAbsent(service, s -> new ArrayList<>()).addAll(classNames(bytes));
        } else if (name.startsWith("software/amazon/awssdk/") && name.endsWith(".interceptors")) {
            roots.addAll(classNames(bytes));
        }
    }

    private static List<String> classNames(byte[] listing) {
        return new String(listing, StandardCharsets.UTF_8).lines().map(line -> line.replaceAll("#.*", "").trim())
                .filter(line -> !line.isEmpty()).map(line -> line.replace('.', '/')).toList();
    }

    private static Jar read(Path path) throws IOException {
        Map<String, byte[]> classes = new TreeMap<>();
        Map<String, byte[]> resources = new TreeMap<>();
        boolean project = false;
        try (ZipFile zip = new ZipFile(path.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] bytes = zip.getInputStream(entry).readAllBytes();
                String name = entry.getName();
                project |= name.startsWith(PROJECT_MARKER);
                if (name.endsWith(".class") && !name.startsWith("META-INF/") && !name.endsWith("module-info.class")) {
                    classes.put(className(name), bytes);
                } else {
                    resources.put(name, bytes);
                }
            }
        }
        String fileName = path.getFileName().toString();
        boolean keptWhole = project || KEPT_WHOLE.stream().anyMatch(fileName::startsWith);
        return new Jar(path, keptWhole, classes, resources);
    }

    /** Deletes {@code folder} and everything under it, if it exists. */
    private static void deleteTree(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> old = Files.walk(folder)) {
                for (Path path : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Writes {@code files} (by '/'-separated path) under {@code folder}, which is emptied first: readFolder's inverse. */
    static void writeFolder(Map<String, byte[]> files, Path folder) throws IOException {
        deleteTree(folder);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = folder.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }

    /** Every file under {@code folder} by its path relative to it, '/'-separated; empty when there is no folder. */
    static Map<String, byte[]> readFolder(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
            }
        }
        return files;
    }

    /**
     * Entries are stored, not deflated: the function zip deflates each jar as one stream, which compresses the
     * classes of a jar together (their names and constants repeat) about 30% better than one by one.
     */
    static void writeJar(Path output, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(output); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                CRC32 crc = new CRC32();
                crc.update(entry.getValue());
                zipEntry.setMethod(ZipEntry.STORED);
                zipEntry.setSize(entry.getValue().length);
                zipEntry.setCompressedSize(entry.getValue().length);
                zipEntry.setCrc(crc.getValue());
                // fixed times: the same inputs give the same jar, byte for byte
                zipEntry.setTime(315_532_800_000L);
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
    }

    private static void deleteJars(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".jar")).toList()) {
                Files.delete(file);
            }
        }
    }

    private static String className(String entryName) {
        return entryName.substring(0, entryName.length() - ".class".length());
    }

}
