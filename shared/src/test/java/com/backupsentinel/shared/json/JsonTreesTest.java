package com.backupsentinel.shared.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** JsonTrees reads and writes exactly what a default ObjectMapper reads and writes, without one. */
class JsonTreesTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();
    private static final Path EVENTS = Path.of(System.getProperty("sentinel.root", "..")).resolve("events")
            .normalize();

    static Stream<Path> everyEventFile() throws IOException {
        try (Stream<Path> files = Files.walk(EVENTS)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("everyEventFile")
    void readsAndWritesEverySampleEventAsObjectMapperDoes(Path file) throws IOException {
        byte[] json = Files.readAllBytes(file);

        JsonNode tree = JsonTrees.read(json);

        assertThat(tree).isEqualTo(MAPPER.readTree(json));
        assertThat(JsonTrees.write(tree)).isEqualTo(MAPPER.writeValueAsString(tree));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"int\":1,\"long\":12345678901,\"big\":123456789012345678901234567890,\"double\":1.5,\"exp\":-2e-7}",
        "[true,false,null,\"\\u00e9\\ud83d\\ude00 <b>\\\"x\\\"</b>\\n\",[],{}]",
        "{\"key\":1,\"key\":2}",
        "{\"nested\":{\"a\":[{\"b\":[1,2,{\"c\":\"d\"}]}]}}",
        "\"just a string\"",
        "42",
        "{\"a\":1} trailing content is not read",
        "  \n ",
        ""
    })
    void readsEachJsonShapeAsObjectMapperDoes(String json) throws IOException {
        JsonNode tree = JsonTrees.read(json);

        assertThat(tree).isEqualTo(MAPPER.readTree(json));
        assertThat(tree.getNodeType()).isEqualTo(MAPPER.readTree(json).getNodeType());
    }

    @Test
    void emptyInputIsAMissingNodeAndARepeatedKeyKeepsItsLastValue() throws IOException {
        assertThat(JsonTrees.read("").isMissingNode()).isTrue();
        assertThat(JsonTrees.read("{\"key\":1,\"key\":2}").path("key").intValue()).isEqualTo(2);
    }

    @Test
    void writesTreesCompactAndPrettyAsObjectMapperDoes() throws IOException {
        ObjectNode tree = JsonTrees.object();
        tree.put("text", "line\nbreak \u2028 <tag> \"quoted\" \u00e9");
        tree.put("int", 7).put("long", 1L << 40).put("double", 0.1).put("float", 2.5f).put("flag", true);
        tree.putNull("none");
        tree.putArray("list").add(1).add("two").addObject().put("three", 3);
        tree.put("decimal", new java.math.BigDecimal("1.10"));
        tree.put("binary", new byte[] {1, 2, 3});

        assertThat(JsonTrees.write(tree)).isEqualTo(MAPPER.writeValueAsString(tree));
        assertThat(JsonTrees.writeBytes(tree)).isEqualTo(MAPPER.writeValueAsBytes(tree));
        assertThat(JsonTrees.writePretty(tree)).isEqualTo(MAPPER.writerWithDefaultPrettyPrinter()
                .writeValueAsString(tree));
    }

    @Test
    void malformedJsonFailsWithJacksonsOwnParseMessage() {
        String json = "{\"source\": aws.backup}";
        String expected = originalMessage(json);

        assertThatThrownBy(() -> JsonTrees.read(json)).isInstanceOf(JsonParseException.class)
                .extracting(e -> ((JsonParseException) e).getOriginalMessage()).isEqualTo(expected);
        assertThat(expected).startsWith("Unrecognized token 'aws'");
    }

    @Test
    void nestingDeeperThanJacksonsLimitFailsAsAStreamConstraintNotAStackOverflow() {
        String json = "[".repeat(5_000) + "]".repeat(5_000);

        assertThatThrownBy(() -> JsonTrees.read(json)).isInstanceOf(StreamConstraintsException.class)
                .hasMessageContaining("Document nesting depth (1001) exceeds the maximum allowed (1000");
    }

    private static String originalMessage(String json) {
        try {
            MAPPER.readTree(json);
            throw new AssertionError("ObjectMapper read " + json);
        } catch (IOException e) {
            return ((JsonParseException) e).getOriginalMessage();
        }
    }
}
