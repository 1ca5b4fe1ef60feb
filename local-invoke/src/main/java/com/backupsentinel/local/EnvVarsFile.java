package com.backupsentinel.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * SAM's {@code --env-vars} file: {@code {"FunctionLogicalId": {"VAR": "value"}, "Parameters": {"NAME": "value"}}}.
 * Per-function values override that function's template environment. {@code Parameters} entries override
 * template parameters of the same name (like {@code --parameter-overrides}) and, as in SAM, environment
 * variables of that name in every function. Numbers and booleans are taken as their text.
 */
record EnvVarsFile(Map<String, Map<String, String>> functions, Map<String, String> parameters) {

    static final EnvVarsFile EMPTY = new EnvVarsFile(Map.of(), Map.of());

    EnvVarsFile {
        functions = Map.copyOf(functions);
        parameters = Map.copyOf(parameters);
    }

    static EnvVarsFile read(Path file) throws UsageException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UsageException("--env-vars " + file + " cannot be read as JSON: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new UsageException("--env-vars " + file + " must hold a JSON object like"
                    + " {\"FunctionLogicalId\": {\"VAR\": \"value\"}, \"Parameters\": {\"NAME\": \"value\"}}");
        }
        Map<String, Map<String, String>> functions = new LinkedHashMap<>();
        Map<String, String> parameters = Map.of();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            Map<String, String> values = values(file, entry.getKey(), entry.getValue());
            if ("Parameters".equals(entry.getKey())) {
                parameters = values;
            } else {
                functions.put(entry.getKey(), values);
            }
        }
        return new EnvVarsFile(functions, parameters);
    }

    /** These values with {@code other}'s laid on top, variable by variable. */
    EnvVarsFile overriddenBy(EnvVarsFile other) {
        Map<String, Map<String, String>> mergedFunctions = new LinkedHashMap<>(functions);
        other.functions.forEach((id, values) -> mergedFunctions.merge(id, values, (mine, theirs) -> {
            Map<String, String> merged = new LinkedHashMap<>(mine);
            merged.putAll(theirs);
            return merged;
        }));
        Map<String, String> mergedParameters = new LinkedHashMap<>(parameters);
        mergedParameters.putAll(other.parameters);
        return new EnvVarsFile(mergedFunctions, mergedParameters);
    }

    Map<String, String> forFunction(String logicalId) {
        return functions.getOrDefault(logicalId, Map.of());
    }

    private static Map<String, String> values(Path file, String key, JsonNode node) throws UsageException {
        if (!node.isObject()) {
            throw new UsageException("--env-vars " + file + ": \"" + key + "\" must be an object of names to values");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> variable : node.properties()) {
            JsonNode value = variable.getValue();
            if (value.isContainerNode()) {
                throw new UsageException("--env-vars " + file + ": \"" + key + "\".\"" + variable.getKey()
                        + "\" must be a string, number or boolean");
            }
            values.put(variable.getKey(), value.isNull() ? "" : value.asText());
        }
        return values;
    }
}
