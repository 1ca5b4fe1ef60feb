package com.backupsentinel.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.packaging.fixtures.PublishOnly;
import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sns.SnsClient;

/** LeanLib on a one-operation "function" over the real SNS, SDK core and url-connection-client jars. */
class LeanLibTest {

    private static final String METADATA = "software/amazon/awssdk/regions/servicemetadata/";

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

        String report = LeanLib.write(classes, deps, temp.resolve("lib"), temp.resolve("classes-out"), true);

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
            assertThat(lean.stream().map(ZipEntry::getName)).as("the pom copies build tools read")
                    .noneMatch(name -> name.startsWith("META-INF/maven/"));
        }
        try (ZipFile original = new ZipFile(location(SnsClient.class).toFile())) {
            assertThat(original.stream().map(ZipEntry::getName)).anyMatch(name -> name.startsWith("META-INF/maven/"));
        }
        Path regions = jar(temp.resolve("lib"), location(Region.class));
        try (ZipFile lean = new ZipFile(regions.toFile())) {
            assertThat(lean.getEntry(METADATA + "SnsServiceMetadata.class")).isNotNull();
            assertThat(lean.getEntry(METADATA + "Ec2ServiceMetadata.class")).as("no EC2 client in the jars").isNull();
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
    void cutsTheServiceMetadataTableToTheServicesOfThePackagedClients() throws Exception {
        Path regions = location(Region.class);
        byte[] provider;
        try (ZipFile jar = new ZipFile(regions.toFile())) {
            provider = jar.getInputStream(jar.getEntry(ServiceMetadataTable.PROVIDER + ".class")).readAllBytes();
        }
        Map<String, byte[]> snsClasses = new HashMap<>();
        try (ZipFile jar = new ZipFile(location(SnsClient.class).toFile())) {
            String builder = "software/amazon/awssdk/services/sns/DefaultSnsBaseClientBuilder";
            snsClasses.put(builder, jar.getInputStream(jar.getEntry(builder + ".class")).readAllBytes());
        }
        Set<String> prefixes = ServiceMetadataTable.endpointPrefixes(snsClasses);

        byte[] cut = ServiceMetadataTable.keepOnly(provider, prefixes);

        assertThat(prefixes).containsExactly("sns");
        assertThat(ClassRefs.of(cut).all()).contains(METADATA + "SnsServiceMetadata")
                .doesNotContain(METADATA + "Ec2ServiceMetadata", METADATA + "S3ServiceMetadata");
        try (CutProviderLoader loader = new CutProviderLoader(cut, regions)) {
            Object table = loader.loadClass(ServiceMetadataTable.PROVIDER.replace('/', '.'))
                    .getConstructor().newInstance();
            Method lookUp = table.getClass().getMethod("serviceMetadata", String.class);
            assertThat(lookUp.invoke(table, "sns").getClass().getSimpleName()).isEqualTo("SnsServiceMetadata");
            assertThat(lookUp.invoke(table, "ec2")).as("ServiceMetadata.of falls back to the partition defaults")
                    .isNull();
        }
    }

    @Test
    void dropsInvisibleAnnotationsAndKeepsVisibleOnes() throws Exception {
        byte[] original;
        try (ZipFile jar = new ZipFile(location(SnsClient.class).toFile())) {
            original = jar.getInputStream(jar.getEntry("software/amazon/awssdk/services/sns/SnsClient.class"))
                    .readAllBytes();
        }
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains("RuntimeInvisibleAnnotations",
                "Lsoftware/amazon/awssdk/annotations/SdkPublicApi;");

        String stripped = new String(UnreadAttributes.strip(original), StandardCharsets.ISO_8859_1);

        assertThat(stripped).doesNotContain("RuntimeInvisibleAnnotations")
                .doesNotContain("Lsoftware/amazon/awssdk/annotations/SdkPublicApi;").contains("LineNumberTable");
    }

    @Test
    void dropsTheLocalVariableTablesAndKeepsLineNumbers() throws IOException, URISyntaxException {
        String name = PublishOnly.class.getName().replace('.', '/') + ".class";
        byte[] original = Files.readAllBytes(location(PublishOnly.class).resolve(name));

        byte[] stripped = UnreadAttributes.strip(original);

        String text = new String(stripped, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("LineNumberTable").doesNotContain("LocalVariableTable");
        assertThat(stripped.length).isLessThan(original.length);
    }

    /** The regions jar, with its service metadata table replaced by the cut one. */
    private static final class CutProviderLoader extends URLClassLoader {

        private final byte[] provider;

        CutProviderLoader(byte[] provider, Path regions) throws IOException {
            super(new URL[] {regions.toUri().toURL()}, LeanLibTest.class.getClassLoader());
            this.provider = provider;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            synchronized (getClassLoadingLock(name)) {
                if (!name.startsWith("software.amazon.awssdk.regions.")) {
                    return super.loadClass(name, resolve);
                }
                Class<?> loaded = findLoadedClass(name);
                if (loaded == null) {
                    loaded = name.equals(ServiceMetadataTable.PROVIDER.replace('/', '.'))
                            ? defineClass(name, provider, 0, provider.length) : findClass(name);
                }
                return loaded;
            }
        }
    }

    private static Path jar(Path lib, Path original) {
        return lib.resolve(original.getFileName());
    }

    private static Path location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
