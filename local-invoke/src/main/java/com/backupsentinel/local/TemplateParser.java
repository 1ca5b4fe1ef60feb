package com.backupsentinel.local;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a CloudFormation/SAM template (YAML or JSON) into plain maps, lists and strings. The short-form tags
 * ({@code !Ref}, {@code !Sub}, {@code !GetAtt A.B}, ...) become their long forms ({@code Ref},
 * {@code Fn::Sub}, {@code Fn::GetAtt: [A, B]}), so the resolver sees one shape. Scalars stay text, as
 * CloudFormation treats them; only YAML null becomes {@code null}.
 */
final class TemplateParser {

    private static final String YAML_STANDARD_TAG = "tag:yaml.org,2002:";
    private static final YAMLFactory YAML = YAMLFactory.builder().enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();

    private TemplateParser() {
    }

    static Map<String, Object> parse(Reader reader, String source) {
        try (JsonParser parser = YAML.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                throw new TemplateException(source + " is not a template: its top level must be a mapping");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> root = (Map<String, Object>) value(parser);
            return root;
        } catch (IOException e) {
            throw new TemplateException(source + " is not valid YAML or JSON: " + e.getMessage(), e);
        }
    }

    private static Object value(JsonParser parser) throws IOException {
        Object typeId = parser.getTypeId();
        String tag = typeId == null ? null : typeId.toString();
        Object plain;
        switch (parser.currentToken()) {
            case START_OBJECT:
                plain = mapping(parser);
                break;
            case START_ARRAY:
                plain = sequence(parser);
                break;
            case VALUE_NULL:
                plain = null;
                break;
            default:
                plain = parser.getText();
                break;
        }
        return tag == null || tag.startsWith(YAML_STANDARD_TAG) ? plain : longForm(tag, plain, parser);
    }

    private static Map<String, Object> mapping(JsonParser parser) throws IOException {
        Map<String, Object> map = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            parser.nextToken();
            map.put(key, value(parser));
        }
        return map;
    }

    private static List<Object> sequence(JsonParser parser) throws IOException {
        List<Object> list = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            list.add(value(parser));
        }
        return list;
    }

    private static Object longForm(String tag, Object value, JsonParser parser) {
        switch (tag) {
            case "Ref":
                return Map.of("Ref", value == null ? "" : value);
            case "Condition":
                return Map.of("Condition", value == null ? "" : value);
            case "GetAtt":
                return Map.of("Fn::GetAtt", getAttArguments(value, parser));
            default:
                return Map.of("Fn::" + tag, value == null ? "" : value);
        }
    }

    private static Object getAttArguments(Object value, JsonParser parser) {
        if (value instanceof String) {
            String text = (String) value;
            int dot = text.indexOf('.');
            if (dot <= 0 || dot == text.length() - 1) {
                throw new TemplateException("!GetAtt '" + text + "' at line " + parser.currentLocation().getLineNr()
                        + " must look like LogicalId.Attribute");
            }
            return List.of(text.substring(0, dot), text.substring(dot + 1));
        }
        return value;
    }
}
