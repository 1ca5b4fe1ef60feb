package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ClassLoadLog on a log and an unpacked zip written here: each class counted by where it came from. */
class ClassLoadLogTest {

    @TempDir
    Path target;

    @Test
    void countsTheMergedJarsClassesByTheFunctionOrTheLeanJarTheyCameFrom() throws IOException {
        Path root = Files.createDirectories(target.resolve("notifier-unpacked"));
        Files.createDirectories(target.resolve("lambda-classes/com/example"));
        Files.write(target.resolve("lambda-classes/com/example/AlertService.class"), new byte[] {1});
        Files.createDirectories(target.resolve("lambda-lib"));
        try (ZipOutputStream jar = new ZipOutputStream(
                Files.newOutputStream(target.resolve("lambda-lib/sdk-core-2.59.1.jar")))) {
            jar.putNextEntry(new ZipEntry("software/amazon/awssdk/core/SdkClient.class"));
            jar.closeEntry();
        }
        String lib = "file:" + root.toAbsolutePath() + "/lib/dependencies.jar";
        Path log = target.resolve("classes.log");
        Files.write(log, List.of(
                "[0.010s][info][class,load] java.lang.Object source: shared objects file",
                "[0.020s][info][class,load] java.net.HttpURLConnection source: jrt:/java.base",
                "[0.030s][info][class,load] java.lang.invoke.LambdaForm$MH/0x1 source: __JVM_LookupDefineClass__",
                "[0.040s][info][class,load] com.backupsentinel.coldstart.ColdStartRuntime source: file:/tmp/runtime.jar",
                "[0.050s][info][class,load] com.example.Handler source: file:" + root.toAbsolutePath() + "/",
                "[0.060s][info][class,load] com.example.AlertService source: " + lib,
                "[0.070s][info][class,load] software.amazon.awssdk.core.SdkClient source: " + lib,
                "[0.080s][info][class,load] org.example.Unknown source: " + lib,
                "not a class-load line"), StandardCharsets.UTF_8);

        ClassLoadLog read = ClassLoadLog.read(log, root);

        assertThat(read.total()).isEqualTo(8);
        assertThat(read.bySource()).isEqualTo(Map.of(ClassLoadLog.JDK, 2, ClassLoadLog.GENERATED, 1,
                ClassLoadLog.RUNTIME, 1, ClassLoadLog.FUNCTION_CLASSES, 2, "sdk-core", 1, "dependencies.jar", 1));
    }
}
