package com.backupsentinel.packaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MergedLib on small jars written here: what a class loader finds over the merged jar is what it found over them. */
class MergedLibTest {

    private static final String SERVICE = "META-INF/services/com.example.Codec";
    private static final String INTERCEPTORS = "software/amazon/awssdk/global/handlers/execution.interceptors";

    @TempDir
    Path temp;

    @Test
    void joinsServiceAndInterceptorListingsInClasspathOrderSoEveryProviderIsStillFound() throws Exception {
        Path lib = Files.createDirectories(temp.resolve("lib"));
        jar(lib.resolve("b-codecs-1.0.jar"), Map.of(SERVICE, "com.example.b.Second\n", INTERCEPTORS,
                "com.example.b.Tracing"));
        jar(lib.resolve("a-codecs-1.0.jar"), Map.of(SERVICE, "# a's codecs\ncom.example.a.First", INTERCEPTORS,
                "com.example.a.Metrics\n"));

        String report = MergedLib.write(lib, temp.resolve("out"));

        Path merged = temp.resolve("out").resolve(MergedLib.JAR_NAME);
        assertThat(text(merged, SERVICE)).isEqualTo("# a's codecs\ncom.example.a.First\ncom.example.b.Second\n");
        assertThat(text(merged, INTERCEPTORS)).isEqualTo("com.example.a.Metrics\ncom.example.b.Tracing\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {merged.toUri().toURL()}, null)) {
            assertThat(Collections.list(loader.getResources(SERVICE))).as("one listing, read once").hasSize(1);
        }
        assertThat(report).startsWith("lambda-packaging: lib/dependencies.jar, ")
                .contains(": 2 jars merged, 3 entries, 2 listings joined" + System.lineSeparator());
    }

    @Test
    void keepsTheFirstJarsCopyWhereALoaderLooksAndEveryOtherDifferingCopyUnderMetaInfMerged() throws Exception {
        Path lib = Files.createDirectories(temp.resolve("lib"));
        jar(lib.resolve("jackson-core-2.22.4.jar"), Map.of("META-INF/NOTICE", "Jackson core notice",
                "META-INF/LICENSE", "Apache License 2.0"));
        jar(lib.resolve("jackson-databind-2.22.4.jar"), Map.of("META-INF/NOTICE", "Jackson databind notice",
                "META-INF/LICENSE", "Apache License 2.0"));

        String report = MergedLib.write(lib, temp.resolve("out"));

        Path merged = temp.resolve("out").resolve(MergedLib.JAR_NAME);
        assertThat(text(merged, "META-INF/NOTICE")).isEqualTo("Jackson core notice");
        assertThat(text(merged, "META-INF/merged/jackson-databind-2.22.4.jar/META-INF/NOTICE"))
                .isEqualTo("Jackson databind notice");
        assertThat(text(merged, "META-INF/LICENSE")).isEqualTo("Apache License 2.0");
        assertThat(names(merged)).as("an identical copy is kept once")
                .doesNotContain("META-INF/merged/jackson-databind-2.22.4.jar/META-INF/LICENSE");
        assertThat(report).contains("  META-INF/NOTICE of jackson-databind-2.22.4.jar kept as"
                + " META-INF/merged/jackson-databind-2.22.4.jar/META-INF/NOTICE" + System.lineSeparator());
    }

    @Test
    void aClassInTwoJarsIsTheFirstJarsAsOnTheirClasspathAndTheReportSaysSo() throws Exception {
        Path lib = Files.createDirectories(temp.resolve("lib"));
        jar(lib.resolve("a-1.0.jar"), Map.of("com/example/Clash.class", "first bytes"));
        jar(lib.resolve("b-1.0.jar"), Map.of("com/example/Clash.class", "second bytes"));

        String report = MergedLib.write(lib, temp.resolve("out"));

        assertThat(text(temp.resolve("out").resolve(MergedLib.JAR_NAME), "com/example/Clash.class"))
                .isEqualTo("first bytes");
        assertThat(report).contains("  com/example/Clash.class of b-1.0.jar is shadowed by a-1.0.jar's, as on the"
                + " separate jars' classpath" + System.lineSeparator());
    }

    @Test
    void theManifestSaysMultiReleaseWhenAnyJarDidAndTheVersionedClassesStay() throws Exception {
        Path lib = Files.createDirectories(temp.resolve("lib"));
        jar(lib.resolve("a-1.0.jar"), Map.of(JarFile.MANIFEST_NAME, "Manifest-Version: 1.0\r\n\r\n",
                "com/example/A.class", "a"));
        jar(lib.resolve("b-1.0.jar"), Map.of(JarFile.MANIFEST_NAME,
                "Manifest-Version: 1.0\r\nMulti-Release: true\r\n\r\n", "com/example/B.class", "b",
                "META-INF/versions/11/com/example/B.class", "b for 11"));

        MergedLib.write(lib, temp.resolve("out"));

        Path merged = temp.resolve("out").resolve(MergedLib.JAR_NAME);
        try (JarFile jar = new JarFile(merged.toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue(Attributes.Name.MULTI_RELEASE)).isEqualTo("true");
            assertThat(jar.isMultiRelease()).isTrue();
        }
        assertThat(text(merged, "META-INF/versions/11/com/example/B.class")).isEqualTo("b for 11");
        assertThat(names(merged).get(0)).as("the manifest comes first, where jar readers look").isEqualTo(
                JarFile.MANIFEST_NAME);
    }

    @Test
    void withoutAMultiReleaseJarTheManifestSaysNothingOfIt() throws Exception {
        Path lib = Files.createDirectories(temp.resolve("lib"));
        jar(lib.resolve("a-1.0.jar"), Map.of("com/example/A.class", "a"));

        MergedLib.write(lib, temp.resolve("out"));

        try (JarFile jar = new JarFile(temp.resolve("out").resolve(MergedLib.JAR_NAME).toFile())) {
            assertThat(jar.isMultiRelease()).isFalse();
            assertThat(jar.getManifest().getMainAttributes().getValue("Created-By"))
                    .isEqualTo("backup-sentinel lambda-packaging");
        }
    }

    @Test
    void everyEntryIsStoredForTheZipToDeflateTheJarAsOneStream() throws Exception {
        Path lib = Files.createDirectories(temp.resolve("lib"));
        jar(lib.resolve("a-1.0.jar"), Map.of("com/example/A.class", "a", "a.properties", "x=1"));

        MergedLib.write(lib, temp.resolve("out"));

        try (ZipFile zip = new ZipFile(temp.resolve("out").resolve(MergedLib.JAR_NAME).toFile())) {
            assertThat(zip.stream().map(ZipEntry::getMethod)).containsOnly(ZipEntry.STORED);
        }
    }

    @Test
    void refusesASignedJarWhoseSignatureCouldNotCoverTheMergedJar() throws Exception {
        Path lib = Files.createDirectories(temp.resolve("lib"));
        jar(lib.resolve("signed-1.0.jar"), Map.of("META-INF/SIGNER.SF", "Signature-Version: 1.0",
                "com/example/A.class", "a"));

        assertThatThrownBy(() -> MergedLib.write(lib, temp.resolve("out")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("signed-1.0.jar is signed (META-INF/SIGNER.SF): its signature cannot cover a merged jar;"
                        + " leave it out of the function or unsign it");
    }

    private static void jar(Path path, Map<String, String> entries) throws IOException {
        Map<String, String> sorted = new LinkedHashMap<>();
        entries.keySet().stream().sorted().forEach(name -> sorted.put(name, entries.get(name)));
        try (OutputStream out = Files.newOutputStream(path); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> entry : sorted.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    private static String text(Path jar, String name) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry(name);
            assertThat(entry).as("%s in %s", name, jar.getFileName()).isNotNull();
            return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> names(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            return zip.stream().map(ZipEntry::getName).toList();
        }
    }
}
