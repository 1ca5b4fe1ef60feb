package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's runtime shim: a jar, as Lambda's runtime is, holding the shim's package and nothing else. */
class ColdStartShimTest {

    @TempDir
    Path work;

    @Test
    void theShimIsAJarOfTheColdStartPackageAlone() throws Exception {
        Path shim = ColdStartBench.shimJar(work);

        assertThat(shim).isRegularFile().hasFileName("runtime.jar");
        try (ZipFile jar = new ZipFile(shim.toFile())) {
            assertThat(jar.stream().map(ZipEntry::getName)).isNotEmpty()
                    .allMatch(name -> name.startsWith("com/backupsentinel/coldstart/") && name.endsWith(".class"))
                    .contains("com/backupsentinel/coldstart/ColdStartRuntime.class",
                            "com/backupsentinel/coldstart/crac/Core.class");
        }
    }
}
