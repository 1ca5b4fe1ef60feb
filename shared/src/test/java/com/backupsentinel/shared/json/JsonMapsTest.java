package com.backupsentinel.shared.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Events read into maps and responses written from them as the Lambda runtime's Jackson does. */
class JsonMapsTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    static Stream<Path> everyObjectEventFile() throws IOException {
        return JsonTreesTest.everyEventFile().filter(file -> {
            try {
                return MAPPER.readTree(file.toFile()).isObject();
            } catch (IOException e) {
                return false;
            }
        });
    }

    @ParameterizedTest
    @MethodSource("everyObjectEventFile")
    void readsAndWritesEverySampleEventAsTheRuntimesJacksonDoes(Path file) throws IOException {
        byte[] json = Files.readAllBytes(file);

        Map<String, Object> event = read(json);

        assertThat(event).isEqualTo(MAPPER.readValue(json, LinkedHashMap.class));
        assertThat(write(event)).isEqualTo(new String(MAPPER.writeValueAsBytes(event), StandardCharsets.UTF_8));
        assertThat(JsonMaps.toTree(event)).isEqualTo(MAPPER.valueToTree(event));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"int\":1,\"long\":12345678901,\"big\":123456789012345678901234567890,\"double\":1.5,\"exp\":-2e-7}",
        "{\"list\":[true,false,null,\"\\u00e9\\ud83d\\ude00 <b>\\\"x\\\"</b>\\n\",[],{}]}",
        "{\"key\":1,\"key\":2}",
        "{\"nested\":{\"a\":[{\"b\":[1,2,{\"c\":\"d\"}]}]}}",
        "{\"send_full_report\":true} trailing content is not read"
    })
    void readsEachJsonShapeWithTheRuntimesTypes(String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

        Map<String, Object> event = read(bytes);

        assertThat(event).isEqualTo(MAPPER.readValue(bytes, LinkedHashMap.class));
        assertThat(write(event)).isEqualTo(new String(MAPPER.writeValueAsBytes(event), StandardCharsets.UTF_8));
    }

    @Test
    void valuesOtherThanJsonsBecomeTheTreesTheObjectMapperMakes() {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("at", Instant.parse("2026-12-06T01:02:03Z"));
        event.put("ids", List.of(1, 2L, BigInteger.TEN, 1.5, true));

        assertThat(JsonMaps.toTree(event)).isEqualTo(Json.mapper().valueToTree(event));
    }

    @Test
    void jsonNullIsANullEvent() throws IOException {
        assertThat(read("null".getBytes(StandardCharsets.UTF_8))).isNull();
    }

    @Test
    void anEventThatIsNotAnObjectIsRefusedNamingWhatItIs() {
        assertThatThrownBy(() -> read("[1,2]".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The event must be a JSON object, got an array");
        assertThatThrownBy(() -> read("\"run\"".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The event must be a JSON object, got a string");
    }

    @Test
    void emptyOrMalformedInputIsRefusedSayingWhereItBreaks() {
        assertThatThrownBy(() -> read(new byte[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The event is empty: expected a JSON object");
        assertThatThrownBy(() -> read("{\"a\": tru}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The event is not valid JSON: unexpected character '}' at line 1, column 10: expected true");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"a\":1} trailing", "null", " [1, x", "[1]", "\"unterminated", "\"run\"", "7", "7x", "-0.5e3", "true",
        "false,", "truex", "nul", "", " \r\n", "%EF%BB%BF{\"bom\":1}", "%EF%BB%BF", "{\"a\":01}", "}", "x",
        "{\"a\":\"%C3(\"}", "%FE%FF%00%7B%00%7D", "%FF%FE%5B%00%5D%00", "%00%00%00%31"
    })
    void readsEveryEventAsJacksonsFirstTokenDid(String document) throws IOException {
        byte[] json = JsonReaderEquivalenceTest.b(document);
        Object jackson;
        try {
            jackson = JacksonEventReader.readObject(json);
        } catch (IllegalArgumentException e) {
            jackson = e.getMessage().startsWith("The event is not valid JSON: ") ? "not valid JSON" : e.getMessage();
        }
        Object lean;
        try {
            lean = read(json);
        } catch (IllegalArgumentException e) {
            lean = e.getMessage().startsWith("The event is not valid JSON: ") ? "not valid JSON" : e.getMessage();
        }

        assertThat(lean).as(document).isEqualTo(jackson);
    }

    @Test
    void writesEnumsByNameAndOtherValuesAsTheObjectMapperDoes() throws IOException {
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("status", Thread.State.RUNNABLE);
        response.put("at", Instant.parse("2026-12-06T01:02:03Z"));
        response.put("ratio", 0.1f);
        response.put("names", new String[] {"a", "b"});
        response.put("counts", List.of(1, 2L));

        assertThat(write(response)).isEqualTo("{\"status\":\"RUNNABLE\",\"at\":"
                + Json.mapper().writeValueAsString(Instant.parse("2026-12-06T01:02:03Z"))
                + ",\"ratio\":0.1,\"names\":[\"a\",\"b\"],\"counts\":[1,2]}");
    }

    @Test
    void writesNullsInsideArraysAsTheObjectMapperDoes() throws IOException {
        Map<String, Object> response = Map.of("names", new String[] {"a", null});

        assertThat(write(response)).isEqualTo(MAPPER.writeValueAsString(response));
    }

    private static Map<String, Object> read(byte[] json) throws IOException {
        return JsonMaps.readObject(new ByteArrayInputStream(json));
    }

    private static String write(Object value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonMaps.write(value, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
