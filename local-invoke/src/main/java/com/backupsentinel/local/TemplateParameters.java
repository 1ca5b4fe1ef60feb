package com.backupsentinel.local;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * The template's Parameters with their effective values: the override when one is given, else Default, checked
 * against AllowedValues and AllowedPattern the way CloudFormation checks them. List-typed parameters
 * ({@code CommaDelimitedList}, {@code List<...>}) are lists.
 */
final class TemplateParameters {

    private final Map<String, Object> declarations;
    private final Map<String, String> overrides;
    private final Map<String, Object> values = new HashMap<>();

    TemplateParameters(Template template, Map<String, String> overrides) {
        this.declarations = template.section("Parameters");
        this.overrides = Map.copyOf(overrides);
    }

    boolean declares(String name) {
        return declarations.containsKey(name);
    }

    /** The parameter's value (a String, or a List of String for list types); fails when it has none. */
    Object value(String name) {
        Object cached = values.get(name);
        if (cached != null) {
            return cached;
        }
        Map<String, Object> declaration = Template.asMap(declarations.get(name), "Parameters." + name);
        String text = Optional.ofNullable(overrides.get(name))
                .or(() -> Optional.ofNullable(declaration.get("Default")).map(TemplateParameters::scalar))
                .orElseThrow(() -> new TemplateException("Parameter " + name + " has no Default; give it a value in the"
                        + " --env-vars file's \"Parameters\" object"));
        String type = String.valueOf(declaration.getOrDefault("Type", "String"));
        Object value = isList(type) ? split(text) : text;
        checkAllowed(name, declaration, value);
        values.put(name, value);
        return value;
    }

    private static boolean isList(String type) {
        return "CommaDelimitedList".equals(type) || type.startsWith("List<")
                || type.startsWith("AWS::SSM::Parameter::Value<List<");
    }

    private static List<String> split(String text) {
        if (text.isEmpty()) {
            return List.of("");
        }
        return Arrays.stream(text.split(",", -1)).map(String::trim).collect(Collectors.toList());
    }

    private static String scalar(Object value) {
        if (value instanceof List) {
            return ((List<?>) value).stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        return String.valueOf(value);
    }

    private static void checkAllowed(String name, Map<String, Object> declaration, Object value) {
        List<?> items = value instanceof List ? (List<?>) value : List.of(value);
        Object allowedValues = declaration.get("AllowedValues");
        if (allowedValues instanceof List) {
            List<String> allowed = ((List<?>) allowedValues).stream().map(String::valueOf).collect(Collectors.toList());
            for (Object item : items) {
                if (!allowed.contains(String.valueOf(item))) {
                    throw new TemplateException("Parameter " + name + " is '" + item + "', which is not one of its"
                            + " AllowedValues " + allowed);
                }
            }
        }
        Object allowedPattern = declaration.get("AllowedPattern");
        if (allowedPattern != null) {
            Pattern pattern = compile(name, String.valueOf(allowedPattern));
            for (Object item : items) {
                if (!pattern.matcher(String.valueOf(item)).matches()) {
                    throw new TemplateException("Parameter " + name + " is '" + item + "', which does not match its"
                            + " AllowedPattern " + allowedPattern);
                }
            }
        }
    }

    private static Pattern compile(String name, String regex) {
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new TemplateException("Parameter " + name + " has an invalid AllowedPattern: " + e.getMessage(), e);
        }
    }
}
