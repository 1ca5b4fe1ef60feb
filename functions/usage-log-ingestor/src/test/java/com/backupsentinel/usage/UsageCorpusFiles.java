package com.backupsentinel.usage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a canonical, valid corpus as files laid out like the bucket ({@code DIR/usage-logs/<customer>/...}) and the
 * CSV the seed's rule gives for it ({@code DIR/expected.csv}), so the reference shell pipeline can be run on it:
 *
 * <pre>
 * mvn -B -q -o -pl functions/usage-log-ingestor test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=com.backupsentinel.usage.UsageCorpusFiles -Dexec.args="/tmp/corpus 1000"
 * SOURCE_DIR=/tmp/corpus functions/usage-log-ingestor/reference/view_usage_logs.sh | diff - /tmp/corpus/expected.csv
 * </pre>
 */
@SuppressWarnings("checkstyle:noSystemOut")
public final class UsageCorpusFiles {

    private UsageCorpusFiles() {
    }

    public static void main(String[] args) {
        Path directory = Path.of(args.length > 0 ? args[0] : "target/usage-corpus");
        int logs = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        UsageCorpus corpus = UsageCorpus.generate(42L, logs, 30, 20, 50, 0.0, true);
        try {
            for (UsageCorpus.Item item : corpus.items()) {
                Path file = directory.resolve(item.key());
                Files.createDirectories(file.getParent());
                Files.writeString(file, item.content(), StandardCharsets.UTF_8);
            }
            Files.writeString(directory.resolve("expected.csv"), corpus.expectedCsv(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf("%d usage logs and expected.csv (%d rows) written under %s%n", logs,
                corpus.expectedCsv().lines().count() - 1, directory.toAbsolutePath());
    }
}
