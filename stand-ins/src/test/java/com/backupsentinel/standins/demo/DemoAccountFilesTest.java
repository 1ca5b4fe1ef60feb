package com.backupsentinel.standins.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.standins.StandInOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed demo-account/ is exactly what the generator produces (regenerate it after changing the generator). */
class DemoAccountFilesTest {

    private static final Path COMMITTED = StandInOptions.demo().inventory().orElseThrow();

    @TempDir
    Path regenerated;

    @Test
    void committedFilesMatchARegeneration() throws IOException {
        DemoAccountGenerator.generate(regenerated);

        List<String> expected = files(regenerated);
        assertThat(files(COMMITTED)).as("files in %s (run DemoAccountGenerator, see demo-account/README.md)", COMMITTED)
                .containsExactlyElementsOf(expected);
        for (String file : expected) {
            assertThat(Files.readString(COMMITTED.resolve(file)))
                    .as("%s differs from a regeneration (run DemoAccountGenerator, see demo-account/README.md)", file)
                    .isEqualTo(Files.readString(regenerated.resolve(file)));
        }
    }

    @Test
    void generationIsDeterministic() throws IOException {
        DemoAccountGenerator.generate(regenerated);
        String first = Files.readString(regenerated.resolve("EXPECTED.md"));
        DemoAccountGenerator.generate(regenerated);
        assertThat(Files.readString(regenerated.resolve("EXPECTED.md"))).isEqualTo(first);
    }

    /** The generator's files: not the hand-written README, deployment parameters, S3 objects or table seeds. */
    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.equals("README.md") && !name.equals("env-vars.json")
                            && !name.startsWith("s3/") && !name.startsWith("dynamodb/"))
                    .sorted().toList();
        }
    }
}
