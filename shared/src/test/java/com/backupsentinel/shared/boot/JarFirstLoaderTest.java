package com.backupsentinel.shared.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.amazonaws.services.lambda.runtime.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JarFirstLoaderTest {

    private static final String PROBE = "com/backupsentinel/shared/boot/JarFirstLoaderTest$Probe.class";
    private static final String LISTING = "META-INF/services/com.example.Service";

    @TempDir
    Path temp;

    /** A class the test's own loader has too: the jar-first loader must define its own copy. */
    public static final class Probe {
    }

    @Test
    void definesAClassOfItsJarItselfAlthoughTheParentHasOneOfThatName() throws Exception {
        Path jar = jar("lib.jar", Map.of(PROBE, classFile(PROBE)));

        try (JarFirstLoader loader = loader(List.of(jar))) {
            Class<?> probe = loader.loadClass(Probe.class.getName());

            assertThat(probe).isNotSameAs(Probe.class);
            assertThat(probe.getClassLoader()).isSameAs(loader);
            assertThat(loader.loadClass(Probe.class.getName())).isSameAs(probe);
            assertThat(probe.getProtectionDomain().getCodeSource().getLocation()).isEqualTo(jar.toUri().toURL());
        }
    }

    @Test
    void takesTheLambdaRuntimesApiFromTheParentEvenWhenItsJarHoldsACopy() throws Exception {
        String context = Context.class.getName().replace('.', '/') + ".class";
        Path jar = jar("lib.jar", Map.of(context, classFile(context)));

        try (JarFirstLoader loader = loader(List.of(jar))) {
            assertThat(loader.loadClass(Context.class.getName())).isSameAs(Context.class);
        }
    }

    @ParameterizedTest
    @CsvSource({
        "java.lang.String, true",
        "com.amazonaws.services.lambda.runtime.Context, true",
        "com.amazonaws.services.lambda.runtime.RequestStreamHandler, true",
        "com.amazonaws.services.lambda.runtime.events.SQSEvent, false",
        "com.amazonaws.services.lambda.runtime.serialization.PojoSerializer, false",
        "software.amazon.awssdk.core.SdkClient, false",
        "com.backupsentinel.notifier.JobStateNotifierHandler, false"
    })
    void leavesOnlyTheJdkAndTheRuntimesApiToTheParent(String className, boolean fromParent) {
        assertThat(JarFirstLoader.fromParent(className)).isEqualTo(fromParent);
    }

    @Test
    void asksTheParentForWhatItsEntriesDoNotHold() throws Exception {
        try (JarFirstLoader loader = loader(List.of(jar("lib.jar", Map.of("other.txt", new byte[] {1}))))) {
            assertThat(loader.loadClass(Probe.class.getName())).isSameAs(Probe.class);
            assertThatThrownBy(() -> loader.loadClass("com.example.Missing"))
                    .isInstanceOf(ClassNotFoundException.class).hasMessage("com.example.Missing");
        }
    }

    @Test
    void searchesItsEntriesInOrderThenAFolderOfClasses() throws Exception {
        Path folder = temp.resolve("classes");
        Files.createDirectories(folder.resolve(PROBE).getParent());
        Files.write(folder.resolve(PROBE), classFile(PROBE));
        Files.writeString(folder.resolve("only-in-folder.txt"), "folder", StandardCharsets.UTF_8);
        Path jar = jar("lib.jar", Map.of("shared.txt", "jar".getBytes(StandardCharsets.UTF_8)));
        Files.writeString(folder.resolve("shared.txt"), "folder", StandardCharsets.UTF_8);

        try (JarFirstLoader loader = loader(List.of(jar, folder))) {
            assertThat(loader.loadClass(Probe.class.getName()).getClassLoader()).isSameAs(loader);
            assertThat(read(loader.getResource("shared.txt"))).isEqualTo("jar");
            assertThat(read(loader.getResource("only-in-folder.txt"))).isEqualTo("folder");
            assertThat(Collections.list(loader.getResources("shared.txt"))).hasSize(2);
        }
    }

    @Test
    void answersAResourceItHoldsWithItsOwnCopiesOnlySoNoListingIsReadTwice() throws Exception {
        Path jar = jar("lib.jar", Map.of(LISTING, "com.example.Impl\n".getBytes(StandardCharsets.UTF_8)));
        ClassLoader parent = new ClassLoader(getClass().getClassLoader()) {
            @Override
            public java.util.Enumeration<URL> getResources(String name) throws IOException {
                return Collections.enumeration(List.of(new URL("file:/parent/" + name)));
            }
        };

        try (JarFirstLoader loader = new JarFirstLoader(List.of(jar), parent)) {
            List<URL> own = Collections.list(loader.getResources(LISTING));
            assertThat(own).hasSize(1);
            assertThat(own.get(0).toString()).isEqualTo("jar:" + jar.toUri() + "!/" + LISTING);
            assertThat(Collections.list(loader.getResources("elsewhere.txt")))
                    .extracting(URL::toString).containsExactly("file:/parent/elsewhere.txt");
        }
    }

    @Test
    void neverServesAFileOutsideAFolderEntry() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("classes"));
        Files.writeString(temp.resolve("secret.txt"), "outside", StandardCharsets.UTF_8);

        try (JarFirstLoader loader = loader(List.of(folder))) {
            assertThat(loader.getResource("../secret.txt")).isNull();
        }
    }

    @Test
    void failsToOpenAnEntryThatIsNotAJar() throws Exception {
        Path notAJar = Files.writeString(temp.resolve("broken.jar"), "not a zip", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> loader(List.of(notAJar))).isInstanceOf(IOException.class);
    }

    private JarFirstLoader loader(List<Path> entries) throws IOException {
        return new JarFirstLoader(entries, getClass().getClassLoader());
    }

    private Path jar(String name, Map<String, byte[]> entries) throws IOException {
        Path jar = temp.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return jar;
    }

    private static byte[] classFile(String entry) throws IOException {
        try (InputStream in = JarFirstLoaderTest.class.getClassLoader().getResourceAsStream(entry)) {
            return in.readAllBytes();
        }
    }

    private static String read(URL url) throws IOException {
        try (InputStream in = url.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
