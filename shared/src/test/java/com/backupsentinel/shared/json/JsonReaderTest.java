package com.backupsentinel.shared.json;

import static com.backupsentinel.shared.json.JsonReaderEquivalenceTest.b;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class JsonReaderTest {

    private static final String A_VALUE = "expected a value (an object, array, string, number, true, false or null)";

    @Test
    void readsObjectsAsOrderedMapsAndArraysAsLists() throws IOException {
        Object value = JsonReader.read("{\"z\":[1,\"two\",true,null],\"a\":{\"b\":false}}");

        assertThat(value).isInstanceOf(LinkedHashMap.class);
        Map<String, Object> object = read("{\"z\":[1,\"two\",true,null],\"a\":{\"b\":false}}");
        assertThat(object.keySet()).containsExactly("z", "a");
        assertThat(object.get("z")).isInstanceOf(ArrayList.class).isEqualTo(java.util.Arrays.asList(1, "two", true, null));
        assertThat(object.get("a")).isEqualTo(Map.of("b", false));
    }

    @Test
    void readsEachIntegerAsTheSmallestTypeThatHoldsItAndOtherNumbersAsDoubles() throws IOException {
        List<Object> numbers = read("[2147483647,-2147483648,2147483648,9223372036854775807,"
                + "-9223372036854775809,-0,1.0,-0.0,2e-3,1e400]");

        assertThat(numbers).containsExactly(Integer.MAX_VALUE, Integer.MIN_VALUE, 2147483648L, Long.MAX_VALUE,
                new BigInteger("-9223372036854775809"), 0, 1.0, -0.0, 0.002, Double.POSITIVE_INFINITY);
    }

    @Test
    void aRepeatedNameKeepsItsLastValueAtItsFirstPlace() throws IOException {
        Map<String, Object> object = read("{\"key\":1,\"other\":2,\"key\":3}");

        assertThat(new ArrayList<>(object.entrySet())).containsExactly(Map.entry("key", 3), Map.entry("other", 2));
    }

    @Test
    void inputWithoutAValueIsNothingAndJsonNullIsNull() throws IOException {
        assertThat(JsonReader.read("")).isSameAs(JsonReader.NOTHING);
        assertThat(JsonReader.read(" \r\n\t")).isSameAs(JsonReader.NOTHING);
        assertThat(JsonReader.read(b("%EF%BB%BF "))).isSameAs(JsonReader.NOTHING);
        assertThat(JsonReader.NOTHING).hasToString("nothing");
        assertThat(JsonReader.read(" null ")).isNull();
    }

    @Test
    void readsTheFirstValueOnlyButATopLevelNumberOrWordMustEndThere() throws IOException {
        assertThat(JsonReader.read("{\"a\":1} {\"b\":2}")).isEqualTo(Map.of("a", 1));
        assertThat(JsonReader.read("[1]]")).isEqualTo(List.of(1));
        assertThat(JsonReader.read("7 8")).isEqualTo(7);
        assertThat(JsonReader.read("true:")).isEqualTo(true);
        assertThatThrownBy(() -> JsonReader.read("7,8")).isInstanceOf(MalformedJsonException.class)
                .hasMessage("unexpected character ',' at line 1, column 2: expected whitespace or the end of the input "
                        + "after the number");
        assertThatThrownBy(() -> JsonReader.read("trueish")).isInstanceOf(MalformedJsonException.class)
                .hasMessage("unexpected character 'i' after true at line 1, column 5: expected whitespace, ',', ']' or '}'");
    }

    @Test
    void skipsAUtf8ByteOrderMark() throws IOException {
        assertThat(JsonReader.read(b("%EF%BB%BF{\"bom\":true}"))).isEqualTo(Map.of("bom", true));
    }

    @Test
    void readsAStreamToItsEnd() throws IOException {
        ByteArrayInputStream input = new ByteArrayInputStream(b("{\"caf\u00e9\":\"\\ud83d\\ude00\"}"));

        assertThat(JsonReader.read(input)).isEqualTo(Map.of("caf\u00e9", "\ud83d\ude00"));
        assertThat(input.available()).isZero();
    }

    @Test
    void leavesUtf16AndUtf32InputToJackson() throws IOException {
        String json = "{\"caf\u00e9\":[1,\"\ud83d\ude00\"]}";
        for (String charset : List.of("UTF-16", "UTF-16BE", "UTF-16LE", "UTF-32BE", "UTF-32LE")) {
            byte[] bytes = json.getBytes(Charset.forName(charset));

            assertThat(JsonReader.utf8Start(bytes)).as(charset).isEqualTo(-1);
            assertThat(JsonReader.read(bytes)).as(charset).isEqualTo(Map.of("caf\u00e9", List.of(1, "\ud83d\ude00")));
        }
        assertThatThrownBy(() -> JsonReader.read("[1,]".getBytes(StandardCharsets.UTF_16LE)))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessage("Unexpected character (']' (code 93)): expected a valid value (JSON String, Number, Array, "
                        + "Object or token 'null', 'true' or 'false') at line 1, column 4");
        assertThatThrownBy(() -> JsonReader.read(b("%00%00%FF%FE")))
                .isInstanceOf(MalformedJsonException.class)
                .hasMessage("Unsupported UCS-4 endianness (2143) detected at line 1, column 1");
    }

    @Test
    void namesWhatIsWrongAndWhere() {
        assertMalformed("[1, x]", "unexpected character 'x' at line 1, column 5: " + A_VALUE);
        assertMalformed("{\n  \"a\": 1,\r\n}", "unexpected character '}' at line 3, column 1: expected a property name in"
                + " double quotes");
        assertMalformed("[1 ", "unexpected end of input at line 1, column 4: expected ',' or ']' after an element of the "
                + "array");
        assertMalformed("\"caf\u00e9\t\"", "control character U+0009 in a string at line 1, column 6: characters below "
                + "U+0020 must be escaped");
        assertMalformed("\"\\x\"", "invalid escape \\x at line 1, column 2: expected \\\" \\\\ \\/ \\b \\f \\n \\r \\t or"
                + " \\u and four hex digits");
        assertMalformed("not json", "unexpected word 'not' at line 1, column 1: " + A_VALUE);
        assertMalformed("[01]", "a number with a leading zero at line 1, column 2: a number does not start with 0 and a "
                + "digit");
        assertMalformed("{\"a\":1,}", "unexpected character '}' at line 1, column 8: expected a property name in double "
                + "quotes");
        assertMalformed("/* note */ {}", "unexpected character '/' at line 1, column 1: " + A_VALUE);
        assertMalformed("\"abc", "unterminated string at line 1, column 1: the input ended before its closing '\"'");
    }

    @Test
    void namesInvalidUtf8ByItsBytes() {
        assertMalformed(b("\"%C3(\""), "invalid UTF-8: byte 0x28 came where the character started by 0xC3 needs a "
                + "continuation byte at line 1, column 3");
        assertMalformed(b("[\"%ED%A0%80\"]"), "invalid UTF-8: the surrogate U+D800 encoded as a character at line 1, "
                + "column 3");
        assertMalformed(b("{\"\\uDC00\":1}"), "a low surrogate escape in a property name without a high one before it "
                + "at line 1, column 3");
        assertMalformed(b("%80"), "unexpected byte 0x80 (not UTF-8) at line 1, column 1: " + A_VALUE);
    }

    @Test
    @Timeout(30)
    void enforcesJacksonsDefaultLimitsUpToAndNotBeyondThem() throws IOException {
        assertThat(JsonReader.read("[".repeat(1000) + "]".repeat(1000))).isInstanceOf(List.class);
        assertMalformed("[".repeat(5000) + "]".repeat(5000), "nesting deeper than 1000 levels at line 1, column 1001: "
                + "objects and arrays nest at most 1000 levels");
        assertThat(JsonReader.read("-" + "9".repeat(1000))).isEqualTo(new BigInteger("-" + "9".repeat(1000)));
        assertMalformed("[1." + "0".repeat(999) + "e1]", "a number of 1001 digits at line 1, column 2: numbers have at "
                + "most 1000 digits");
        assertThat(JsonReader.read("{\"" + "\u00e9".repeat(25_000) + "\":1}")).isInstanceOf(Map.class);
        assertMalformed("{\"" + "\u00e9".repeat(25_000) + "a\":1}", "a property name of 50001 bytes at line 1, column 2:"
                + " names have at most 50000 bytes");
        assertThat((String) JsonReader.read("\"" + "a".repeat(20_000_000) + "\"")).hasSize(20_000_000);
        assertThat((String) JsonReader.read("\"\\n" + "a".repeat(19_999_999) + "\"")).hasSize(20_000_000);
        assertMalformed("\"" + "a".repeat(20_000_001) + "\"", "a string of 20000001 characters at line 1, column 1: "
                + "strings have at most 20000000 characters");
        assertMalformed("\"\u00e9" + "a".repeat(20_000_000) + "\"", "a string of 20000001 characters at line 1, "
                + "column 1: strings have at most 20000000 characters");
    }

    /**
     * Jackson's symbol table pads a name's last bytes with 0xFF, so a name with 0xFF bytes where the padding goes (never
     * UTF-8) can be taken for a shorter name read before, in the same document or an earlier one: Jackson then reads it
     * as that name. The reader always rejects it, as Jackson does when it has not seen the shorter name.
     */
    @Test
    void rejectsA0xFfByteInANameThatJacksonMayTakeForANameItReadBefore() throws IOException {
        byte[] json = b("{\"b\":1,\"%FFb\":2}");

        assertThat(new ObjectMapper(new JsonFactory()).readTree(json)).hasToString("{\"b\":2}");
        assertMalformed(json, "invalid UTF-8: byte 0xFF cannot start a character at line 1, column 9");
    }

    @SuppressWarnings("unchecked")
    private static <T> T read(String json) throws IOException {
        return (T) JsonReader.read(json);
    }

    private static void assertMalformed(String json, String message) {
        assertMalformed(json.getBytes(StandardCharsets.UTF_8), message);
    }

    private static void assertMalformed(byte[] json, String message) {
        assertThatThrownBy(() -> JsonReader.read(json)).isInstanceOf(MalformedJsonException.class).hasMessage(message);
    }
}
