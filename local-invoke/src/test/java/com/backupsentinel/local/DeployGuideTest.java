package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/deploy.md describes the template as it is: every function, its zip and every table. */
class DeployGuideTest {

    private static String guide() throws IOException {
        return Files.readString(ProjectFunctions.ROOT.resolve("docs/deploy.md"));
    }

    @Test
    void namesEveryFunctionOfTheTemplateWithItsZip() throws IOException {
        String guide = guide();
        for (String id : ProjectFunctions.ids()) {
            FunctionDefinition function = ProjectFunctions.read(id, Map.of());
            String zip = ProjectFunctions.ROOT.relativize(function.codeUri().orElseThrow()).toString().replace('\\', '/');

            assertThat(guide).as("docs/deploy.md names %s", id).contains("`" + id + "`");
            assertThat(guide).as("docs/deploy.md gives %s's CodeUri", id).contains("`" + zip + "`");
        }
    }

    @Test
    void namesEveryTableOfTheTemplate() throws IOException {
        String guide = guide();
        List<String> tables = ProjectFunctions.TEMPLATE.section("Resources").entrySet().stream()
                .filter(resource -> resource.getValue() instanceof Map<?, ?> properties
                        && "AWS::DynamoDB::Table".equals(properties.get("Type")))
                .map(Map.Entry::getKey).toList();

        assertThat(tables).isNotEmpty();
        for (String table : tables) {
            assertThat(guide).as("docs/deploy.md names the table %s", table).contains("`" + table + "`");
        }
        assertThat(guide).contains(spelled(ProjectFunctions.ids().size()) + " Java 21 Lambda functions")
                .contains(spelled(tables.size()) + " DynamoDB tables").contains("the " + spelled(tables.size()) + " tables");
    }

    private static String spelled(int count) {
        return List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine").get(count);
    }
}
