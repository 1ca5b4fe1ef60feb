package com.backupsentinel.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The classes one run loaded, from {@code -Xlog:class+load}: how many in all, and per origin: the JDK (its class data
 * sharing archive or its modules), classes generated at run time (lambdas, method handles, proxies), the function's
 * own classes (the zip's root, and its own classes in lib/'s jar), each jar of its lib/ (version dropped), and the
 * benchmark's runtime shim. A zip's lib/ is one merged jar; its classes are counted by the lean jar they came from
 * ({@code target/lambda-classes} and {@code target/lambda-lib} beside the unpacked zip) when those folders are there.
 */
record ClassLoadLog(int total, Map<String, Integer> bySource) {

    static final String JDK = "JDK";
    static final String FUNCTION_CLASSES = "function classes";
    static final String RUNTIME = "runtime (shim, serialization)";
    static final String GENERATED = "generated (lambdas, proxies)";
    private static final Pattern LOADED = Pattern.compile("\\[class,load\\] (\\S+) source: (.*)$");
    private static final Pattern VERSION = Pattern.compile("-\\d[\\w.]*(-SNAPSHOT)?\\.jar$");

    static ClassLoadLog read(Path log, Path functionRoot) {
        List<String> lines;
        try {
            lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String functionLocation = "file:" + functionRoot.toAbsolutePath() + "/";
        Path target = functionRoot.toAbsolutePath().getParent();
        Map<String, String> leanJars = ownClasses(target.resolve("lambda-classes"));
        leanJarsByClass(target.resolve("lambda-lib")).forEach(leanJars::putIfAbsent);
        Map<String, Integer> counts = new TreeMap<>();
        int total = 0;
        for (String line : lines) {
            Matcher matcher = LOADED.matcher(line);
            if (!matcher.find()) {
                continue;
            }
            total++;
            counts.merge(source(matcher.group(1), matcher.group(2), functionLocation, leanJars), 1, Integer::sum);
        }
        return new ClassLoadLog(total, counts);
    }

    private static String source(String className, String source, String functionLocation,
                                 Map<String, String> leanJars) {
        if (source.startsWith("jrt:/") || source.startsWith("shared objects file")) {
            return JDK;
        }
        if (!source.startsWith("file:")) {
            // hidden classes (lambdas, method handles) name their host class or the JVM; proxies __dynamic_proxy__
            return GENERATED;
        }
        if (!source.startsWith(functionLocation)) {
            return RUNTIME;
        }
        String relative = source.substring(functionLocation.length());
        if (!relative.startsWith("lib/")) {
            return FUNCTION_CLASSES;
        }
        String jar = VERSION.matcher(relative.substring("lib/".length())).replaceFirst("");
        return leanJars.getOrDefault(className, jar);
    }

    /** The function's own classes, which the merged lib/ jar holds too: class name to {@value #FUNCTION_CLASSES}. */
    private static Map<String, String> ownClasses(Path classes) {
        Map<String, String> own = new HashMap<>();
        if (!Files.isDirectory(classes)) {
            return own;
        }
        try (Stream<Path> files = Files.walk(classes)) {
            files.map(file -> classes.relativize(file).toString().replace('\\', '/'))
                    .filter(entry -> entry.endsWith(".class"))
                    .forEach(entry -> own.put(entry.substring(0, entry.length() - ".class".length()).replace('/', '.'),
                            FUNCTION_CLASSES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return own;
    }

    /** Class name to the lean jar (version dropped) holding it, for the classes of the merged lib/ jar. */
    private static Map<String, String> leanJarsByClass(Path leanLib) {
        Map<String, String> jars = new HashMap<>();
        if (!Files.isDirectory(leanLib)) {
            return jars;
        }
        try (Stream<Path> files = Files.list(leanLib)) {
            for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                String name = VERSION.matcher(jar.getFileName().toString()).replaceFirst("");
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    zip.stream().map(ZipEntry::getName).filter(entry -> entry.endsWith(".class")
                                    && !entry.startsWith("META-INF/"))
                            .forEach(entry -> jars.putIfAbsent(entry.substring(0, entry.length() - ".class".length())
                                    .replace('/', '.'), name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jars;
    }

    /** The {@code limit} largest origins, as "name count" pairs, largest first. */
    String largest(int limit) {
        Map<String, Integer> sorted = bySource.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        return sorted.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
