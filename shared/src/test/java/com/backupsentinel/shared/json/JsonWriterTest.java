package com.backupsentinel.shared.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The writer writes what Jackson writes for the same content: {@link JsonWriter#writeBytes} the bytes of
 * {@code writeValueAsBytes} (so {@link JsonTrees#writeBytes}), {@link JsonWriter#write} their text, and
 * {@link JsonWriter#print} the text of {@code writeValueAsString} (so {@code JsonNode.toString()}).
 */
class JsonWriterTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    @Test
    void escapesEveryCharacterAsJacksonsGeneratorsDo() throws JsonProcessingException {
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x80; c++) {
            every.append(c);
        }
        every.append("\u0080\u00e9\u2028\u2029\ufeff\uffff \ud83d\ude00 \ud800 x \udc00 \udbff\udfff");
        Map<String, Object> document = new LinkedHashMap<>();
        document.put(every.toString(), List.of(every.toString()));

        assertSameAsJackson(document);
        assertThat(JsonWriter.write("\t/\u007f\u2028\ud83d\ude00")).isEqualTo("\"\\t/\u007f\u2028\\uD83D\\uDE00\"");
        assertThat(JsonWriter.print("\b\f\u0001\ud83d\ude00")).isEqualTo("\"\\b\\f\\u0001\ud83d\ude00\"");
    }

    @Test
    void writesNumbersAsJacksonDoesNonFiniteOnesAsStrings() throws JsonProcessingException {
        List<Object> numbers = Arrays.asList(0, -7, Long.MIN_VALUE, new BigInteger("123456789012345678901234567890"),
                1.0e10, -0.0, 1e-7, 0.1, 1.5f, 0.1f, Double.NaN, Double.NEGATIVE_INFINITY, Float.POSITIVE_INFINITY,
                new BigDecimal("1.50"), new BigDecimal("1E+3"), (short) 3, (byte) -2, true, false, null);

        assertSameAsJackson(numbers);
        assertThat(JsonWriter.write(numbers)).startsWith("[0,-7,-9223372036854775808,123456789012345678901234567890,"
                + "1.0E10,-0.0,1.0E-7,0.1,1.5,0.1,\"NaN\",\"-Infinity\",\"Infinity\",1.50,1E+3,3,-2,true,false,null]");
    }

    @Test
    void writesMapsInTheirOrderAndIterablesAsArrays() throws JsonProcessingException {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("z", new TreeMap<>(Map.of("b", 2, "a", 1)));
        document.put("a", new ArrayList<>(List.of("x", List.of(), Map.of())));
        document.put("set", new java.util.LinkedHashSet<>(List.of(3, 1, 2)));
        document.put("none", null);

        assertSameAsJackson(document);
        assertThat(JsonWriter.write(document)).isEqualTo("{\"z\":{\"a\":1,\"b\":2},\"a\":[\"x\",[],{}],\"set\":[3,1,2],"
                + "\"none\":null}");
    }

    @Test
    void refusesAValueJsonHasNoTypeFor() {
        assertThatThrownBy(() -> JsonWriter.write(Map.of("at", Instant.EPOCH)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("JsonWriter writes maps, iterables, strings, numbers, booleans and null, not a java.time.Instant");
    }

    @Test
    void logLinesKeepTheirOwnEscapingLowerCaseAndU2028() {
        assertThat(JsonText.appendString(new StringBuilder(), "a\"\\\n\r\t\b\f\u0001\u2028\u2029/\ud83d\ude00").toString())
                .isEqualTo("\"a\\\"\\\\\\n\\r\\t\\u0008\\u000c\\u0001\\u2028\\u2029/\ud83d\ude00\"");
    }

    @Property(tries = 300)
    void writesAnyStringsAndNumbersAsJacksonDoes(@ForAll("documents") Map<String, Object> document)
            throws JsonProcessingException {
        assertSameAsJackson(document);
    }

    @Provide
    Arbitrary<Map<String, Object>> documents() {
        Arbitrary<Object> leaf = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().withChars("a\u00e9\ud83d\ude00\ud800\udc00\u2028\u0000\u001f\"\\/").ofMaxLength(6),
                Arbitraries.integers(), Arbitraries.longs(), Arbitraries.bigIntegers().between(
                        BigInteger.TEN.pow(30).negate(), BigInteger.TEN.pow(30)), Arbitraries.doubles(),
                Arbitraries.of(true, false), Arbitraries.just(null));
        Arbitrary<Object> list = leaf.list().ofMaxSize(4).map(items -> items);
        return Arbitraries.maps(Arbitraries.strings().all().ofMaxLength(8), Arbitraries.oneOf(leaf, list))
                .ofMaxSize(6).map(LinkedHashMap::new);
    }

    private static void assertSameAsJackson(Object value) throws JsonProcessingException {
        byte[] jackson = MAPPER.writeValueAsBytes(value);

        assertThat(JsonWriter.writeBytes(value)).isEqualTo(jackson);
        assertThat(JsonWriter.write(value)).isEqualTo(new String(jackson, StandardCharsets.UTF_8));
        assertThat(JsonWriter.print(value)).isEqualTo(MAPPER.writeValueAsString(value));
    }
}
