package com.backupsentinel.ondemand;

import com.backupsentinel.shared.json.Json;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * template.yaml read as CloudFormation sees it: short-form tags ({@code !Ref}, {@code !Sub}, {@code !If}, ...) become
 * their long form, and {@link #resolve} evaluates the intrinsics the function's environment and policies use, with
 * parameter defaults (or overrides), pseudo parameters of a sample stack and resource names as physical ids.
 */
final class CfnTemplate {

    private static final JsonNodeFactory NODES = Json.mapper().getNodeFactory();
    private static final Pattern SUB = Pattern.compile("\\$\\{([^}!]+)}");
    private static final Map<String, String> PSEUDO = Map.of("AWS::Region", "us-west-2",
            "AWS::AccountId", "123456789012", "AWS::Partition", "aws", "AWS::StackName", "backup-sentinel",
            "AWS::URLSuffix", "amazonaws.com");

    private final JsonNode root;
    private final Map<String, String> overrides;

    private CfnTemplate(JsonNode root, Map<String, String> overrides) {
        this.root = root;
        this.overrides = Map.copyOf(overrides);
    }

    static CfnTemplate read(Path file, Map<String, String> parameterOverrides) {
        try (YAMLParser parser = new YAMLFactory().createParser(file.toFile())) {
            parser.nextToken();
            return new CfnTemplate(node(parser), parameterOverrides);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    JsonNode root() {
        return root;
    }

    JsonNode resource(String logicalId) {
        return root.path("Resources").path(logicalId);
    }

    /** A scalar, list or object with every intrinsic replaced by its value. */
    JsonNode resolve(JsonNode node) {
        if (node.isArray()) {
            ArrayNode array = NODES.arrayNode();
            node.forEach(item -> {
                JsonNode resolved = resolve(item);
                if (!resolved.isMissingNode()) {
                    array.add(resolved);
                }
            });
            return array;
        }
        if (!node.isObject()) {
            return node;
        }
        if (node.size() == 1) {
            String function = node.fieldNames().next();
            JsonNode argument = node.get(function);
            switch (function) {
                case "Ref":
                    return "AWS::NoValue".equals(argument.asText()) ? NODES.missingNode()
                            : NODES.textNode(ref(argument.asText()));
                case "Fn::Sub":
                    return NODES.textNode(sub(argument.isArray() ? argument.get(0).asText() : argument.asText()));
                case "Fn::GetAtt":
                    return NODES.textNode(getAtt(argument.isArray() ? argument.get(0).asText() + "." + argument.get(1)
                            .asText() : argument.asText()));
                case "Fn::If":
                    return resolve(condition(argument.get(0).asText()) ? argument.get(1) : argument.get(2));
                case "Fn::FindInMap":
                    return root.path("Mappings").path(resolve(argument.get(0)).asText())
                            .path(resolve(argument.get(1)).asText()).path(resolve(argument.get(2)).asText());
                default:
                    break;
            }
        }
        ObjectNode object = NODES.objectNode();
        node.properties().forEach(field -> object.set(field.getKey(), resolve(field.getValue())));
        return object;
    }

    boolean condition(String name) {
        return evaluate(root.path("Conditions").path(name));
    }

    private boolean evaluate(JsonNode condition) {
        String function = condition.fieldNames().next();
        JsonNode argument = condition.get(function);
        switch (function) {
            case "Fn::Equals":
                return resolve(argument.get(0)).asText().equals(resolve(argument.get(1)).asText());
            case "Fn::Not":
                return !evaluate(argument.get(0));
            case "Fn::And":
                return all(argument, true);
            case "Fn::Or":
                return !all(argument, false);
            case "Condition":
                return condition(argument.asText());
            default:
                throw new IllegalArgumentException("Unsupported condition " + function);
        }
    }

    private boolean all(JsonNode conditions, boolean expected) {
        for (JsonNode item : conditions) {
            if (evaluate(item) != expected) {
                return false;
            }
        }
        return true;
    }

    private String ref(String name) {
        if (PSEUDO.containsKey(name)) {
            return PSEUDO.get(name);
        }
        JsonNode parameter = root.path("Parameters").path(name);
        if (!parameter.isMissingNode()) {
            return overrides.getOrDefault(name, parameter.path("Default").asText());
        }
        if (root.path("Resources").has(name)) {
            return "backup-sentinel-" + name;
        }
        throw new IllegalArgumentException("!Ref to unknown " + name);
    }

    private String getAtt(String target) {
        return "arn:aws:sample:us-west-2:123456789012:" + ref(target.substring(0, target.indexOf('.')));
    }

    private String sub(String text) {
        Matcher matcher = SUB.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            matcher.appendReplacement(out, Matcher.quoteReplacement(name.contains(".") && !name.startsWith("AWS::")
                    ? getAtt(name) : ref(name)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static JsonNode node(YAMLParser parser) throws IOException {
        String tag = parser.getTypeId();
        JsonNode value;
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            ObjectNode object = NODES.objectNode();
            while (parser.nextToken() != JsonToken.END_OBJECT) {
                String name = parser.currentName();
                parser.nextToken();
                object.set(name, node(parser));
            }
            value = object;
        } else if (token == JsonToken.START_ARRAY) {
            List<JsonNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(parser));
            }
            value = NODES.arrayNode().addAll(items);
        } else if (token == JsonToken.VALUE_NULL) {
            value = NODES.nullNode();
        } else if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            value = NODES.booleanNode(token == JsonToken.VALUE_TRUE);
        } else {
            value = NODES.textNode(parser.getText());
        }
        if (tag == null || tag.isEmpty() || tag.startsWith("tag:yaml.org")) {
            return value;
        }
        String name = tag.startsWith("!") ? tag.substring(1) : tag;
        ObjectNode intrinsic = NODES.objectNode();
        intrinsic.set(name.equals("Ref") || name.equals("Condition") ? name : "Fn::" + name, value);
        return intrinsic;
    }
}
