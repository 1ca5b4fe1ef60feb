package com.backupsentinel.local;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** A parsed CloudFormation/SAM template: its sections as plain values, resources as {@link Resource}s. */
final class Template {

    static final String SERVERLESS_FUNCTION = "AWS::Serverless::Function";
    static final String LAMBDA_FUNCTION = "AWS::Lambda::Function";

    private final Path directory;
    private final String source;
    private final Map<String, Object> root;
    private final Map<String, Resource> resources;

    private Template(Path directory, String source, Map<String, Object> root) {
        this.directory = directory;
        this.source = source;
        this.root = root;
        this.resources = readResources(source, root);
    }

    /** One entry of the Resources section. */
    record Resource(String logicalId, String type, Map<String, Object> properties, Optional<String> condition) {

        boolean isFunction() {
            return SERVERLESS_FUNCTION.equals(type) || LAMBDA_FUNCTION.equals(type);
        }
    }

    static Template load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Path absolute = file.toAbsolutePath();
            return new Template(absolute.getParent(), absolute.toString(), TemplateParser.parse(reader, file.toString()));
        } catch (NoSuchFileException e) {
            throw new TemplateException("Template " + file + " does not exist", e);
        } catch (IOException e) {
            throw new TemplateException("Template " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** A template held in memory, for tests; relative paths in it resolve against {@code directory}. */
    static Template of(String text, Path directory) {
        return new Template(directory, "template", TemplateParser.parse(new StringReader(text), "template"));
    }

    /** The folder holding the template: CodeUri and other relative paths resolve against it. */
    Path directory() {
        return directory;
    }

    String source() {
        return source;
    }

    /** A top-level section such as Parameters, Conditions, Mappings or Globals; empty when absent. */
    Map<String, Object> section(String name) {
        Object section = root.get(name);
        if (section == null) {
            return Map.of();
        }
        if (!(section instanceof Map)) {
            throw new TemplateException(source + ": section " + name + " must be a mapping");
        }
        return asMap(section, name);
    }

    Map<String, Resource> resources() {
        return resources;
    }

    Optional<Resource> resource(String logicalId) {
        return Optional.ofNullable(resources.get(logicalId));
    }

    /** Logical IDs of every AWS::Serverless::Function and AWS::Lambda::Function, in template order. */
    List<String> functionIds() {
        return resources.values().stream().filter(Resource::isFunction).map(Resource::logicalId)
                .collect(Collectors.toList());
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> asMap(Object value, String where) {
        if (value instanceof Map) {
            return (Map<String, Object>) value;
        }
        throw new TemplateException(where + " must be a mapping");
    }

    private static Map<String, Resource> readResources(String source, Map<String, Object> root) {
        Object section = root.get("Resources");
        if (!(section instanceof Map)) {
            throw new TemplateException(source + " has no Resources section");
        }
        Map<String, Resource> result = new LinkedHashMap<>();
        asMap(section, "Resources").forEach((logicalId, body) -> {
            Map<String, Object> definition = asMap(body, "Resources." + logicalId);
            Object type = definition.get("Type");
            if (!(type instanceof String)) {
                throw new TemplateException(source + ": Resources." + logicalId + " has no Type");
            }
            Object properties = definition.getOrDefault("Properties", Map.of());
            Object condition = definition.get("Condition");
            result.put(logicalId, new Resource(logicalId, (String) type,
                    asMap(properties == null ? Map.of() : properties, "Resources." + logicalId + ".Properties"),
                    Optional.ofNullable(condition).map(Object::toString)));
        });
        return Collections.unmodifiableMap(result);
    }
}
