package com.backupsentinel.standins.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of what a careless or hostile sender puts in an event or request, shared by the function
 * modules' property tests: strings with mentions, HTML, line breaks, bidi and zero-width characters, format and
 * injection strings, any Unicode, long runs; JSON values of every type; objects with expected fields missing,
 * mistyped or hostile; EventBridge envelopes the same way; garbage bytes; nesting deeper than any parser allows.
 * Test support only: jqwik is on the classpath of tests, not of local invoke.
 */
public final class HostileJson {

    /** Text that has broken or fooled other systems. */
    public static final List<String> HOSTILE = List.of("<!channel>", "<!here>", "@here", "@All",
            "<img src=x onerror=alert(1)>", "<script>alert('x')</script>", "\r\nX-Injected: 1", "\n", "\r", "\t",
            "\u0000", "\u007F", "\u202Egnp.exe", "\u2066iso\u2069", "zero\u200Bwidth", "\uFEFF", "\u00AD",
            "${jndi:ldap://x/a}", "%s%n%x", "' OR '1'='1", "../../etc/passwd", "=HYPERLINK(\"http://x\")",
            "\uD83D\uDE00", "\uD800", "Ω≈ç√∫", "null", "true", "-1", "1e309", "", " ", "[]", "{}",
            "password=hunter2", "AKIAIOSFODNN7EXAMPLE", "-----BEGIN RSA PRIVATE KEY-----");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private HostileJson() {
    }

    /** Hostile snippets, any Unicode (lone surrogates included), both mixed, and sometimes thousands of letters. */
    public static Arbitrary<String> strings() {
        Arbitrary<String> hostile = Arbitraries.of(HOSTILE);
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(40);
        return Arbitraries.frequencyOf(
                Tuple.of(4, hostile),
                Tuple.of(4, any),
                Tuple.of(3, Combinators.combine(any, hostile, any).as((a, b, c) -> a + b + c)),
                Tuple.of(1, Arbitraries.integers().between(1_000, 40_000).map("a"::repeat)));
    }

    /** Any JSON value: {@link #strings}, numbers (huge, negative, fractional), booleans, null, arrays, objects. */
    public static Arbitrary<JsonNode> values() {
        return values(3);
    }

    private static Arbitrary<JsonNode> values(int depth) {
        Arbitrary<JsonNode> scalars = Arbitraries.oneOf(
                strings().map(text -> (JsonNode) NODES.textNode(text)),
                Arbitraries.longs().map(number -> (JsonNode) NODES.numberNode(number)),
                Arbitraries.of(0.5, -1.0, 1e308, Double.MIN_VALUE).map(number -> (JsonNode) NODES.numberNode(number)),
                Arbitraries.of(new BigDecimal("1e400"), new BigDecimal("-0.000000000000000000001"))
                        .map(number -> (JsonNode) NODES.numberNode(number)),
                Arbitraries.of(true, false).map(flag -> (JsonNode) NODES.booleanNode(flag)),
                Arbitraries.just((JsonNode) NODES.nullNode()));
        if (depth == 0) {
            return scalars;
        }
        Arbitrary<JsonNode> nested = Arbitraries.lazy(() -> values(depth - 1));
        Arbitrary<JsonNode> arrays = nested.list().ofMaxSize(4).map(items -> {
            ArrayNode array = NODES.arrayNode();
            items.forEach(array::add);
            return (JsonNode) array;
        });
        Arbitrary<JsonNode> objects = Combinators.combine(strings(), nested).as(Tuple::of).list().ofMaxSize(4)
                .map(entries -> {
                    ObjectNode object = NODES.objectNode();
                    entries.forEach(entry -> object.set(entry.get1(), entry.get2()));
                    return (JsonNode) object;
                });
        return Arbitraries.frequencyOf(Tuple.of(6, scalars), Tuple.of(1, arrays), Tuple.of(1, objects));
    }

    /**
     * An object holding some of {@code fields} (each present about two times in three) with {@code values}, and
     * now and then a field of another name.
     */
    public static Arbitrary<JsonNode> objectOf(List<String> fields, Arbitrary<JsonNode> values) {
        Arbitrary<JsonNode> maybe = Arbitraries.oneOf(values, values, Arbitraries.just(NODES.missingNode()));
        Arbitrary<Tuple.Tuple2<String, JsonNode>> extra = Combinators.combine(strings(), values()).as(Tuple::of)
                .injectNull(0.7);
        return Combinators.combine(maybe.list().ofSize(fields.size()), extra).as((chosen, other) -> {
            ObjectNode object = NODES.objectNode();
            for (int i = 0; i < fields.size(); i++) {
                if (!chosen.get(i).isMissingNode()) {
                    object.set(fields.get(i), chosen.get(i));
                }
            }
            if (other != null) {
                object.set(other.get1(), other.get2());
            }
            return (JsonNode) object;
        });
    }

    /**
     * An EventBridge envelope of {@code source} around a detail-type and a detail: version, id, detail-type, source,
     * account, time, region and resources, the envelope's own fields each right twenty times in twenty-two and otherwise
     * missing, mistyped or hostile.
     */
    public static Arbitrary<ObjectNode> envelope(String source, Arbitrary<String> detailTypes,
                                                 Arbitrary<JsonNode> details) {
        return Combinators.combine(
                field(Arbitraries.strings().alpha().numeric().withChars('-').ofMinLength(1).ofMaxLength(36)),
                field(Arbitraries.of(source, source)),
                field(Arbitraries.of("123456789012", "111122223333")),
                field(Arbitraries.of("2026-11-20T01:47:12Z", "2026-11-20T01:47:12.123Z")),
                field(Arbitraries.of("us-west-2", "eu-central-1")),
                field(Arbitraries.of("arn:aws:rds:us-west-2:123456789012:db:orders", "arn:aws:s3:::orders-exports")),
                detailTypes, details)
                .as((id, src, account, time, region, resources, detailType, detail) -> {
                    ObjectNode event = NODES.objectNode();
                    event.put("version", "0");
                    put(event, "id", id);
                    event.put("detail-type", detailType);
                    put(event, "source", src);
                    put(event, "account", account);
                    put(event, "time", time);
                    put(event, "region", region);
                    if (resources.isTextual()) {
                        event.putArray("resources").add(resources);
                    } else {
                        put(event, "resources", resources);
                    }
                    event.set("detail", detail);
                    return event;
                });
    }

    /** The right value twenty times in twenty-two, otherwise missing or any {@link #values() value}. */
    private static Arbitrary<JsonNode> field(Arbitrary<String> right) {
        return Arbitraries.frequencyOf(
                Tuple.of(20, right.map(text -> (JsonNode) NODES.textNode(text))),
                Tuple.of(1, Arbitraries.just(NODES.missingNode())),
                Tuple.of(1, values()));
    }

    private static void put(ObjectNode event, String name, JsonNode value) {
        if (!value.isMissingNode()) {
            event.set(name, value);
        }
    }

    /**
     * {@code valid} with 0 to 3 of {@code fields} changed: set to one of {@code values} or removed (a field of the
     * list that {@code valid} lacks is added).
     */
    public static Arbitrary<JsonNode> mutated(ObjectNode valid, List<String> fields, Arbitrary<JsonNode> values) {
        Arbitrary<Tuple.Tuple2<String, JsonNode>> change = Combinators.combine(Arbitraries.of(fields),
                Arbitraries.oneOf(values, Arbitraries.just(NODES.missingNode()))).as(Tuple::of);
        return change.list().ofMaxSize(3).map(changes -> {
            ObjectNode copy = valid.deepCopy();
            for (Tuple.Tuple2<String, JsonNode> one : changes) {
                if (one.get2().isMissingNode()) {
                    copy.remove(one.get1());
                } else {
                    copy.set(one.get1(), one.get2());
                }
            }
            return (JsonNode) copy;
        });
    }

    /** Bytes that are no event: random bytes, random text, JSON scalars and arrays, truncated or empty JSON. */
    public static Arbitrary<byte[]> garbage() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(200),
                strings().map(text -> text.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.of("", "null", "[]", "\"text\"", "42", "{", "{\"source\":", "{\"a\":1}{\"b\":2}",
                        "\uFEFF{}", "{\"source\":\"aws.backup\",\"source\":\"aws.s3\"}")
                        .map(text -> text.getBytes(StandardCharsets.UTF_8)));
    }

    /** Arrays or objects nested 1,000 to 20,000 levels deep. */
    public static Arbitrary<String> deepNesting() {
        return Arbitraries.integers().between(1_000, 20_000).flatMap(depth -> Arbitraries.of(
                "[".repeat(depth) + "]".repeat(depth),
                "{\"a\":".repeat(depth) + "1" + "}".repeat(depth),
                "{\"detail\":" + "[".repeat(depth) + "]".repeat(depth) + "}"));
    }
}
