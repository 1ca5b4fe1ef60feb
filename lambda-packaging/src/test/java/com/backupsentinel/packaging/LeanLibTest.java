package com.backupsentinel.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.packaging.fixtures.PublishOnly;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sns.SnsClient;

/** LeanLib on a one-operation "function" over the real SNS, SDK core and url-connection-client jars. */
class LeanLibTest {

    @TempDir
    Path temp;

    @Test
    void keepsTheCalledOperationStubsTheOthersAndKeepsServiceLoaderProviders() throws Exception {
        Path classes = temp.resolve("classes");
        String fixture = PublishOnly.class.getName().replace('.', '/') + ".class";
        Files.createDirectories(classes.resolve(fixture).getParent());
        Files.copy(location(PublishOnly.class).resolve(fixture), classes.resolve(fixture));
        Path deps = Files.createDirectories(temp.resolve("deps"));
        for (String jar : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (jar.contains("awssdk") && jar.endsWith(".jar")) {
                Files.copy(Path.of(jar), deps.resolve(Path.of(jar).getFileName()));
            }
        }

        String report = LeanLib.write(classes, deps, temp.resolve("lib"));

        Path sns = jar(temp.resolve("lib"), location(SnsClient.class));
        assertThat(report).contains("operations kept, sns: publish\n".replace("\n", System.lineSeparator()));
        try (ZipFile lean = new ZipFile(sns.toFile())) {
            assertThat(lean.getEntry("software/amazon/awssdk/services/sns/model/PublishRequest.class")).isNotNull();
            assertThat(lean.getEntry("software/amazon/awssdk/services/sns/model/CreateTopicRequest.class")).isNull();
            assertThat(lean.getEntry("software/amazon/awssdk/services/sns/transform/CreateTopicRequestMarshaller.class"))
                    .isNull();
            ZipEntry client = lean.getEntry("software/amazon/awssdk/services/sns/DefaultSnsClient.class");
            assertThat(client.getMethod()).as("stored, for the function zip to deflate").isEqualTo(ZipEntry.STORED);
            byte[] bytes = lean.getInputStream(client).readAllBytes();
            assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
                    .contains("createTopic of sns is not packaged: the function does not call it");
            ClassRefs refs = ClassRefs.of(bytes);
            assertThat(refs.all()).contains("software/amazon/awssdk/services/sns/transform/PublishRequestMarshaller")
                    .doesNotContain("software/amazon/awssdk/services/sns/transform/CreateTopicRequestMarshaller");
        }
        Path http = jar(temp.resolve("lib"), location(UrlConnectionHttpClient.class));
        try (ZipFile lean = new ZipFile(http.toFile())) {
            ZipEntry services = lean.getEntry("META-INF/services/software.amazon.awssdk.http.SdkHttpService");
            assertThat(services).as("the SDK finds its HTTP client through ServiceLoader").isNotNull();
            String provider = new String(lean.getInputStream(services).readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).findFirst().orElseThrow().trim();
            assertThat(lean.getEntry(provider.replace('.', '/') + ".class")).isNotNull();
        }
    }

    @Test
    void dropsTheLocalVariableTablesAndKeepsLineNumbers() throws IOException, URISyntaxException {
        String name = PublishOnly.class.getName().replace('.', '/') + ".class";
        byte[] original = Files.readAllBytes(location(PublishOnly.class).resolve(name));

        byte[] stripped = LocalVariables.strip(original);

        String text = new String(stripped, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("LineNumberTable").doesNotContain("LocalVariableTable");
        assertThat(stripped.length).isLessThan(original.length);
    }

    private static Path jar(Path lib, Path original) {
        return lib.resolve(original.getFileName());
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
