package com.backupsentinel.local;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads one function of the template: Globals.Function merged the way SAM merges it, then resolved. */
final class FunctionReader {

    private static final int SAM_DEFAULT_MEMORY_MB = 128;
    private static final int SAM_DEFAULT_TIMEOUT_SECONDS = 3;

    private FunctionReader() {
    }

    static FunctionDefinition read(IntrinsicResolver resolver, String logicalId) {
        Template template = resolver.template();
        Template.Resource resource = template.resource(logicalId).filter(Template.Resource::isFunction)
                .orElseThrow(() -> new UnknownFunctionException(logicalId, template.functionIds()));
        Map<String, Object> properties = mergedProperties(template, resource);
        String path = "Resources." + logicalId + ".Properties";
        if ("Image".equals(properties.get("PackageType"))) {
            throw new TemplateException(path + ".PackageType: container image functions cannot run in local invoke");
        }
        String handler = required(resolver, properties, "Handler", path);
        String runtime = required(resolver, properties, "Runtime", path);
        if (!runtime.startsWith("java")) {
            throw new TemplateException(path + ".Runtime is " + runtime + "; local invoke runs Java functions only");
        }
        String functionName = resolver.string(Map.of("Ref", logicalId), path + ".FunctionName");
        int memory = integer(resolver, properties, "MemorySize", SAM_DEFAULT_MEMORY_MB, path);
        int timeout = integer(resolver, properties, "Timeout", SAM_DEFAULT_TIMEOUT_SECONDS, path);
        Map<String, String> environment = environment(resolver, properties, path + ".Environment.Variables");
        Optional<Path> codeUri = codeUri(resolver, properties, template.directory(), path);
        String architecture = architecture(resolver, properties, path);
        String logGroup = loggingConfig(resolver, properties, "LogGroup", path).orElse("/aws/lambda/" + functionName);
        Map<String, String> logging = new LinkedHashMap<>();
        loggingConfig(resolver, properties, "LogFormat", path).ifPresent(v -> logging.put("AWS_LAMBDA_LOG_FORMAT", v));
        if ("JSON".equals(logging.get("AWS_LAMBDA_LOG_FORMAT"))) {
            loggingConfig(resolver, properties, "ApplicationLogLevel", path)
                    .ifPresent(level -> logging.put("AWS_LAMBDA_LOG_LEVEL", level));
        }
        return new FunctionDefinition(logicalId, functionName, handler, runtime, memory, timeout, environment, codeUri,
                architecture, logGroup, logging);
    }

    /** The function's properties with Globals.Function merged in (AWS::Lambda::Function takes no Globals). */
    static Map<String, Object> mergedProperties(Template template, Template.Resource resource) {
        if (!Template.SERVERLESS_FUNCTION.equals(resource.type())) {
            return resource.properties();
        }
        Object globals = template.section("Globals").get("Function");
        if (globals == null) {
            return resource.properties();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> merged = (Map<String, Object>) merge(Template.asMap(globals, "Globals.Function"),
                resource.properties());
        return merged;
    }

    /** SAM's rules: mappings merge key by key, lists concatenate, anything else (intrinsics too) is overridden. */
    private static Object merge(Object global, Object local) {
        if (local == null) {
            return global;
        }
        if (global instanceof Map && local instanceof Map && !isIntrinsic(global) && !isIntrinsic(local)) {
            Map<String, Object> result = new LinkedHashMap<>(Template.asMap(global, "Globals"));
            Template.asMap(local, "Properties").forEach((key, value) -> result.put(key, merge(result.get(key), value)));
            return result;
        }
        if (global instanceof List && local instanceof List) {
            List<Object> result = new ArrayList<>((List<?>) global);
            result.addAll((List<?>) local);
            return result;
        }
        return local;
    }

    private static boolean isIntrinsic(Object value) {
        Map<?, ?> map = (Map<?, ?>) value;
        if (map.size() != 1) {
            return false;
        }
        String key = String.valueOf(map.keySet().iterator().next());
        return "Ref".equals(key) || "Condition".equals(key) || key.startsWith("Fn::");
    }

    private static String required(IntrinsicResolver resolver, Map<String, Object> properties, String name, String path) {
        Object value = properties.get(name);
        if (value == null) {
            throw new TemplateException(path + "." + name + " is missing (and Globals.Function does not set it)");
        }
        return resolver.string(value, path + "." + name).trim();
    }

    private static int integer(IntrinsicResolver resolver, Map<String, Object> properties, String name, int defaultValue,
                               String path) {
        Object value = properties.get(name);
        if (value == null) {
            return defaultValue;
        }
        String text = resolver.string(value, path + "." + name).trim();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new TemplateException(path + "." + name + " must be a whole number but is '" + text + "'", e);
        }
    }

    private static Map<String, String> environment(IntrinsicResolver resolver, Map<String, Object> properties,
                                                   String path) {
        Object environment = properties.get("Environment");
        if (environment == null) {
            return Map.of();
        }
        Object variables = Template.asMap(environment, path).get("Variables");
        if (variables == null) {
            return Map.of();
        }
        Map<String, String> result = new LinkedHashMap<>();
        Template.asMap(resolver.resolve(variables, path), path).forEach((name, value) -> {
            if (!(value instanceof String)) {
                throw new TemplateException(path + "." + name + " must resolve to a string but resolves to "
                        + IntrinsicResolver.describe(value));
            }
            result.put(name, (String) value);
        });
        return result;
    }

    private static Optional<Path> codeUri(IntrinsicResolver resolver, Map<String, Object> properties, Path directory,
                                          String path) {
        Object codeUri = properties.get("CodeUri");
        if (codeUri == null) {
            return Optional.empty();
        }
        Object resolved = resolver.resolve(codeUri, path + ".CodeUri");
        return resolved instanceof String ? Optional.of(directory.resolve((String) resolved).normalize()) : Optional.empty();
    }

    private static String architecture(IntrinsicResolver resolver, Map<String, Object> properties, String path) {
        Object architectures = properties.get("Architectures");
        if (architectures == null) {
            return "x86_64";
        }
        Object resolved = resolver.resolve(architectures, path + ".Architectures");
        return resolved instanceof List && !((List<?>) resolved).isEmpty()
                ? String.valueOf(((List<?>) resolved).get(0)) : "x86_64";
    }

    private static Optional<String> loggingConfig(IntrinsicResolver resolver, Map<String, Object> properties,
                                                  String name, String path) {
        Object loggingConfig = properties.get("LoggingConfig");
        if (loggingConfig == null) {
            return Optional.empty();
        }
        Object value = Template.asMap(loggingConfig, path + ".LoggingConfig").get(name);
        return value == null ? Optional.empty()
                : Optional.of(resolver.string(value, path + ".LoggingConfig." + name));
    }
}
