package com.backupsentinel.shared.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reader accepts and rejects what Jackson accepts and rejects ({@link JsonTrees#read}, the tree reading of a default
 * {@code ObjectMapper}), and gives what Jackson gives: the same tree, the same untyped values ({@code readValue(...,
 * Object.class)}), and, written back with {@link JsonWriter}, the same bytes Jackson writes for that tree and the same
 * text as its {@code toString()}. Documents are bytes: {@code %XX} in the cases below is one byte.
 */
class JsonReaderEquivalenceTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private static final List<String> NAME_PARTS = List.of("a", "b", "id", "", "é", "😀", "名前", "\\u00e9", "\\n",
            "\\\"", "\\u0000", "\\uD83D\\uDE00", "\\uD800", "\\uDC00x", "/", "\\/");
    private static final List<String> TEXT_PARTS = List.of("a", "text ", "é", "€", "😀", "\u2028", "\u007f", "/", "<b>",
            "\\n", "\\t", "\\r", "\\b", "\\f", "\\\"", "\\\\", "\\/", "\\u00e9", "\\u0000", "\\u001F", "\\uD83D\\uDE00",
            "\\uD800", "\\uDC00", "\\uFFFF", "\\uffFE");
    private static final List<String> NUMBERS = List.of("0", "-0", "1", "-1", "1.5", "-0.0", "0.0e00", "1e5", "1E+2",
            "2e-3", "1e400", "-1e-400", "2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775807",
            "9223372036854775808", "-9223372036854775808", "-9223372036854775809", "123456789012345678901234567890",
            "1.0E10", "4.9E-324", "1.7976931348623157E308");
    /** Byte sequences a mutation inserts or writes over (never 0xFF: see JsonReaderTest's symbol table case). */
    private static final List<byte[]> JUNK = List.of(b("x"), b("1"), b(","), b("]"), b("}"), b("\""), b("\\"),
            b(":"), b("."), b("e"), b("-"), b("0"), b("$"), b("_"), b(" "), b("/"), b("u"), b("%00"), b("%1F"), b("%7F"),
            b("%C3"), b("%C3%A9"), b("%80"), b("%FE"), b("%ED%A0%80"), b("%F0%80%80%80"), b("%F0%9F%98%80"),
            b("%E2%80%8B"), b("%EF%BB%BF"), b("%C0%80"), b("%F4%90%80%80"));

    @ParameterizedTest
    @MethodSource("com.backupsentinel.shared.json.JsonTreesTest#everyEventFile")
    void readsEverySampleEventAsJacksonDoes(Path file) throws IOException {
        assertThat(assertSameAsJackson(Files.readAllBytes(file))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"int\":1,\"long\":12345678901,\"big\":123456789012345678901234567890,\"double\":1.5,\"exp\":-2e-7}",
        "[true,false,null,\"\\u00e9\\ud83d\\ude00 <b>\\\"x\\\"</b>\\n\",[],{}]",
        "{\"key\":1,\"other\":[],\"key\":{\"x\":2}}", "\"just a string\"", "42", "-0", "-0.0", "1e400", "  \n ", "",
        "{\"a\":1} trailing content is not read", "[1]]", "\"a\"x", "{}{", "1 x", "1\r\n", "true:", "true$", "true}",
        "null,", "false[", "true%C2%A0", "true%F0%9F%98%80", "%EF%BB%BF{\"bom\":true}", "%EF%BB%BF ", "%EF%BB%BF1",
        "\"%F0%80%80%80\"", "{\"%F0%80%80%80\":1}", "\"%C0%80%E0%80%80\"", "\"%F4%90%80%80%F7%BF%BF%BF\"",
        "{\"\\uD83D\\uDE00\":\"\\uD800\\uDC00x\\uDBFF\"}", "\"%7F\\u007f\\u2028\u2028/\\/\"",
        "1%00", "%001", "%00%00%00%31", "%31%00%00%00", "%FE%FF%00%5B%00%31%00%5D", "%FF%FE%5B%00%32%00%5D%00",
        "%00%00%FE%FF%00%00%00%34", "%FF%FE%00%00%34%00%00%00", "%00%5B%00%31%00%5D", "%5B%00%31%00%5D%00",
        // not JSON: both must fail
        "{\"source\": ", "not json", "tru", "truex", "true1", "true_", "true%7F", "true%C3%A9", "null%E2%80%8B",
        "false%E2%82%AC", "true%C3", "true%80", "nul", "True", "NaN", "-Infinity", "Infinity", "+1", ".5", "-.5", "1.",
        "1.e5", "1e", "1e+", "01", "-01", "00", "[01]", "-", "[-]", "1x", "1}", "1/", "0x10", "1_000", "[1,]", "[,1]",
        "{\"a\":1,}", "{,}", "{\"a\"}", "{\"a\" 1}", "{a:1}", "{'a':1}", "['a']", "[1 2]", "{\"a\":1 \"b\":2}", "]",
        "}", "[}", "{]", "[", "{", "{\"a\":", "\"abc", "\"a%09\"", "\"a%0A\"", "\"%1F\"", "{\"a%09\":1}", "\"\\x\"",
        "\"\\'\"", "\"\\u12\"", "\"\\u12G4\"", "\"\\U0041\"", "\"\\%C3%A9\"", "\"%80\"", "\"%C3\"", "\"%C3(\"",
        "\"%ED%A0%80\"", "{\"%ED%BF%BF\":1}", "\"%F8%88%80%80%80\"", "{\"%80\":1}", "{\"%C3\":1}", "{\"\\uD800\":1}",
        "{\"\\uDC00\":1}", "{\"\\uD800\\n\":1}", "{\"\\uD800x\":1}", "{\"\\uD800\\uD800\":1}", "/*c*/1", "// c\n1",
        "#1", "%0C1", "%00", "%EF%BB", "%EF%BB%BF", "%EF%BB%BF%EF%BB%BF1", "%C2%A01", "%C2%A0",
        "%00%00%FF%FE", "%FE%FF%00%00", "%00%7B%00%00"
    })
    void readsAndRejectsEdgeDocumentsAsJacksonDoes(String document) throws IOException {
        assertSameAsJackson(b(document));
    }

    @Property(tries = 1000)
    void readsGeneratedDocumentsAsJacksonDoes(@ForAll("documents") byte[] document) throws IOException {
        boolean wellFormed = assertSameAsJackson(document);
        Statistics.collect(wellFormed ? "well-formed" : "not well-formed");
        // half the documents are mutated, most of those are not JSON; of the others, those with a lone surrogate
        // escape in a name are not either
        Statistics.coverage(coverage -> coverage.check("well-formed").percentage(p -> p >= 40 && p <= 90));
    }

    /** True when Jackson reads the document. */
    private static boolean assertSameAsJackson(byte[] document) throws IOException {
        String shown = show(document);
        JsonNode tree;
        try {
            tree = JsonTrees.read(document);
        } catch (JsonProcessingException | UncheckedIOException e) {
            // UncheckedIOException: a UCS-4 byte order Jackson recognises and does not read
            try {
                Object value = JsonReader.read(document);
                fail("Jackson rejected %s (%s); the reader read %s", shown, e.getMessage(), value);
            } catch (MalformedJsonException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
            return false;
        }
        Object value;
        try {
            value = JsonReader.read(document);
        } catch (MalformedJsonException e) {
            throw new AssertionError("Jackson read " + shown + " as " + tree + "; the reader rejected it: "
                    + e.getMessage(), e);
        }
        if (tree.isMissingNode()) {
            assertThat(value).as("read from %s", shown).isSameAs(JsonReader.NOTHING);
            return true;
        }
        assertThat(value == null ? MAPPER.nullNode() : (JsonNode) MAPPER.valueToTree(value)).as("read from %s", shown)
                .isEqualTo(tree);
        assertThat(value).as("read from %s", shown).isEqualTo(MAPPER.readValue(document, Object.class));
        assertThat(JsonWriter.print(value)).as("read from %s", shown).isEqualTo(tree.toString());
        assertThat(JsonWriter.write(value)).as("read from %s", shown).isEqualTo(JsonTrees.write(tree));
        assertThat(JsonWriter.writeBytes(value)).as("read from %s", shown).isEqualTo(MAPPER.writeValueAsBytes(tree));
        return true;
    }

    @Provide
    Arbitrary<byte[]> documents() {
        Arbitrary<String> root = Arbitraries.frequencyOf(Tuple.of(4, object(3)), Tuple.of(3, array(3)),
                Tuple.of(1, scalar()));
        Arbitrary<byte[]> valid = Combinators.combine(whitespace(), root, whitespace(),
                Arbitraries.of("", "", "", " trailing", "x", "}", " 1", ","))
                .as((before, value, after, trailing) -> b(before + value + after + trailing));
        Arbitrary<List<Tuple.Tuple3<Integer, Integer, byte[]>>> mutations = Combinators.combine(
                Arbitraries.integers().between(0, Integer.MAX_VALUE), Arbitraries.integers().between(0, 2),
                Arbitraries.of(JUNK)).as(Tuple::of).list().ofMinSize(1).ofMaxSize(2);
        return Arbitraries.frequencyOf(Tuple.of(1, valid),
                Tuple.of(1, Combinators.combine(valid, mutations).as(JsonReaderEquivalenceTest::mutate)));
    }

    /** Each mutation at (position modulo the length + 1): 0 inserts its bytes, 1 deletes a byte, 2 replaces one. */
    private static byte[] mutate(byte[] document, List<Tuple.Tuple3<Integer, Integer, byte[]>> mutations) {
        byte[] bytes = document;
        for (Tuple.Tuple3<Integer, Integer, byte[]> mutation : mutations) {
            int at = mutation.get1() % (bytes.length + 1);
            int removed = mutation.get2() == 0 ? 0 : Math.min(1, bytes.length - at);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(bytes, 0, at);
            if (mutation.get2() != 1) {
                out.writeBytes(mutation.get3());
            }
            out.write(bytes, at + removed, bytes.length - at - removed);
            bytes = out.toByteArray();
        }
        return bytes;
    }

    private Arbitrary<String> value(int depth) {
        return depth == 0 ? scalar()
                : Arbitraries.frequencyOf(Tuple.of(3, scalar()), Tuple.of(1, array(depth)), Tuple.of(1, object(depth)));
    }

    private Arbitrary<String> array(int depth) {
        return Combinators.combine(whitespace(), value(depth - 1), whitespace()).as((a, v, b) -> a + v + b)
                .list().ofMaxSize(4).map(items -> "[" + String.join(",", items) + "]");
    }

    private Arbitrary<String> object(int depth) {
        Arbitrary<String> name = Arbitraries.of(NAME_PARTS).list().ofMaxSize(3).map(parts -> String.join("", parts));
        return Combinators.combine(whitespace(), name, whitespace(), value(depth - 1), whitespace())
                .as((a, n, b, v, c) -> a + "\"" + n + "\"" + b + ":" + a + v + c)
                .list().ofMaxSize(4).map(members -> "{" + String.join(",", members) + "}");
    }

    private static Arbitrary<String> scalar() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.of(TEXT_PARTS).list().ofMaxSize(4).map(parts -> "\"" + String.join("", parts)
                        + "\"")),
                Tuple.of(2, Arbitraries.of(NUMBERS)),
                Tuple.of(1, Arbitraries.integers().map(String::valueOf)),
                Tuple.of(1, Arbitraries.longs().map(String::valueOf)),
                Tuple.of(1, Arbitraries.doubles().map(String::valueOf)),
                Tuple.of(1, Arbitraries.of("true", "false", "null")));
    }

    private static Arbitrary<String> whitespace() {
        return Arbitraries.of("", "", "", " ", "\n", "\t", "\r\n", "  ");
    }

    /** The bytes of {@code text} in UTF-8, {@code %XX} being the byte XX. */
    static byte[] b(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '%' && isHex(text, i + 1) && isHex(text, i + 2)) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                int end = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length() ? i + 2 : i + 1;
                out.writeBytes(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        return out.toByteArray();
    }

    private static boolean isHex(String text, int at) {
        return at < text.length() && Character.digit(text.charAt(at), 16) >= 0;
    }

    /** The document for a message: printable ASCII as it is, every other byte as %XX. */
    static String show(byte[] document) {
        StringBuilder shown = new StringBuilder();
        for (byte b : document) {
            int c = b & 0xFF;
            shown.append(c >= 0x20 && c < 0x7F && c != '%' ? String.valueOf((char) c)
                    : "%" + Character.toUpperCase(Character.forDigit(c >> 4, 16))
                    + Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
        }
        return shown.toString();
    }
}
