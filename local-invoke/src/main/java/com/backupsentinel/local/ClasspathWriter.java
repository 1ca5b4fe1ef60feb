package com.backupsentinel.local;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Writes {@code target/local-invoke.classpath}, the classpath scripts/local-invoke runs: local-invoke's jar, then
 * the project's jars (as in a function zip, so shared's log4j2.xml wins over copies in third-party jars), then the
 * other dependencies. A jar whose manifest has a Class-Path (DynamoDB Local lists "." there) gets a copy without it
 * in {@code target/cds-lib/}: class data sharing refuses a classpath that reaches a non-empty directory, and the
 * script's AppCDS archive is what makes local invoke start fast. Run by the build (package phase).
 */
public final class ClasspathWriter {

    static final String FILE_NAME = "local-invoke.classpath";
    private static final String PROJECT_MARKER = "META-INF/maven/com.backupsentinel/";

    private ClasspathWriter() {
    }

    /** {@code args[0]}: the module's target folder, holding local-invoke.jar and lib/. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]).toAbsolutePath();
        Files.writeString(target.resolve(FILE_NAME), String.join(File.pathSeparator, classpath(target)),
                StandardCharsets.UTF_8);
    }

    static List<String> classpath(Path target) throws IOException {
        List<Path> jars;
        try (Stream<Path> files = Files.list(target.resolve("lib"))) {
            jars = files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().collect(Collectors.toList());
        }
        List<String> project = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (Path jar : jars) {
            try (JarFile file = new JarFile(jar.toFile())) {
                boolean isProject = file.stream().anyMatch(e -> e.getName().startsWith(PROJECT_MARKER));
                Path usable = hasClassPath(file) ? withoutClassPath(file, jar, target.resolve("cds-lib")) : jar;
                (isProject ? project : others).add(usable.toString());
            }
        }
        List<String> classpath = new ArrayList<>();
        classpath.add(target.resolve("local-invoke.jar").toString());
        classpath.addAll(project);
        classpath.addAll(others);
        return classpath;
    }

    private static boolean hasClassPath(JarFile file) throws IOException {
        Manifest manifest = file.getManifest();
        return manifest != null && manifest.getMainAttributes().containsKey(Attributes.Name.CLASS_PATH);
    }

    private static Path withoutClassPath(JarFile file, Path jar, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path copy = folder.resolve(jar.getFileName());
        if (Files.exists(copy) && Files.getLastModifiedTime(copy).compareTo(Files.getLastModifiedTime(jar)) > 0) {
            return copy;
        }
        Manifest manifest = new Manifest(file.getManifest());
        manifest.getMainAttributes().remove(Attributes.Name.CLASS_PATH);
        Path temporary = folder.resolve(jar.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(temporary); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(JarFile.MANIFEST_NAME));
            manifest.write(zip);
            zip.closeEntry();
            Enumeration<? extends ZipEntry> entries = ((ZipFile) file).entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (JarFile.MANIFEST_NAME.equalsIgnoreCase(entry.getName())) {
                    continue;
                }
                ZipEntry copied = new ZipEntry(entry.getName());
                copied.setTime(entry.getTime());
                zip.putNextEntry(copied);
                try (InputStream in = file.getInputStream(entry)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        Files.move(temporary, copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }
}
