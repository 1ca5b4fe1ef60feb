package com.backupsentinel.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DemoUsageTableTest {

    @Test
    void theDemoUsageTableAndQuarantineAreWhatIngestingTheDemoBucketGives() throws IOException {
        Map<String, String> generated = DemoUsageTable.generate();

        assertThat(generated).containsKey("demo-account/dynamodb/UsageTable.json");
        for (Map.Entry<String, String> file : generated.entrySet()) {
            assertThat(DemoUsageTable.ROOT.resolve(file.getKey()))
                    .as("%s is out of date: run DemoUsageTable (see its javadoc) and commit the result", file.getKey())
                    .exists();
            assertThat(Files.readString(DemoUsageTable.ROOT.resolve(file.getKey()))).as(file.getKey())
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void theNightsBackfillLeavesTheLaterCustomerForTheBackfillSample() {
        assertThat(DemoUsageTable.ingestedThatNight()).extracting(path -> path.getFileName().toString())
                .contains("2025-10-30_143052.json", "2025-10-31_134502.json")
                .doesNotContain("2025-11-03_080000.json", "2025-11-03_081500.json");
    }
}
