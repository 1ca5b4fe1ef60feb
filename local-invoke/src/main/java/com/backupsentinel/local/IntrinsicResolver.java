package com.backupsentinel.local;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Resolves CloudFormation intrinsic functions in template values: Ref (parameters, pseudo parameters,
 * resources), Fn::GetAtt, Fn::Sub, Fn::If with Conditions, Fn::FindInMap, Fn::Join, Fn::Select, Fn::Split,
 * Fn::Base64 and Fn::GetAZs. Any other intrinsic is an error that names it and where it is. Not thread-safe:
 * one resolver per reading of the template.
 */
final class IntrinsicResolver {

    /** What {@code Ref: AWS::NoValue} resolves to; maps and lists drop it. */
    static final Object NO_VALUE = new Object() {
        @Override
        public String toString() {
            return "AWS::NoValue";
        }
    };

    private final Template template;
    private final PhysicalIds ids;
    private final TemplateParameters parameters;
    private final Conditions conditions;
    private final Deque<String> naming = new ArrayDeque<>();

    IntrinsicResolver(Template template, PhysicalIds ids) {
        this.template = template;
        this.ids = ids;
        this.parameters = new TemplateParameters(template, ids.stack().parameterOverrides());
        this.conditions = new Conditions(template, this);
    }

    Template template() {
        return template;
    }

    StackSettings stack() {
        return ids.stack();
    }

    /** Whether the named condition of the template's Conditions section holds. */
    boolean condition(String name) {
        return conditions.holds(name, "Conditions." + name);
    }

    /** {@code value} with every intrinsic resolved; {@code path} names where it is, for error messages. */
    Object resolve(Object value, String path) {
        if (value instanceof Map) {
            Map<String, Object> map = Template.asMap(value, path);
            if (map.size() == 1) {
                Map.Entry<String, Object> only = map.entrySet().iterator().next();
                if ("Ref".equals(only.getKey()) || only.getKey().startsWith("Fn::")) {
                    return intrinsic(only.getKey(), only.getValue(), path);
                }
            }
            Map<String, Object> resolved = new LinkedHashMap<>();
            map.forEach((key, item) -> {
                Object result = resolve(item, path + "." + key);
                if (result != NO_VALUE) {
                    resolved.put(key, result);
                }
            });
            return resolved;
        }
        if (value instanceof List) {
            List<Object> resolved = new ArrayList<>();
            List<?> list = (List<?>) value;
            for (int i = 0; i < list.size(); i++) {
                Object result = resolve(list.get(i), path + "[" + i + "]");
                if (result != NO_VALUE) {
                    resolved.add(result);
                }
            }
            return resolved;
        }
        return value;
    }

    /** {@code value} resolved to a single string (numbers and booleans are text in a template). */
    String string(Object value, String path) {
        Object resolved = resolve(value, path);
        if (resolved instanceof String) {
            return (String) resolved;
        }
        throw new TemplateException(path + " must resolve to a string but resolves to " + describe(resolved));
    }

    /** The value of {@code Ref: name}. */
    Object ref(String name, String path) {
        Optional<String> pseudo = pseudoParameter(name);
        if (pseudo.isPresent()) {
            return pseudo.get();
        }
        if ("AWS::NoValue".equals(name)) {
            return NO_VALUE;
        }
        if ("AWS::NotificationARNs".equals(name)) {
            return List.of();
        }
        if (parameters.declares(name)) {
            return parameters.value(name);
        }
        if (ids.typeOf(name).isPresent()) {
            return withinResource(name, path, () -> ids.ref(name, this));
        }
        throw new TemplateException(path + ": Ref to '" + name + "', which is no parameter, pseudo parameter or"
                + " resource of the template");
    }

    /** The value of {@code Fn::GetAtt: [logicalId, attribute]}. */
    String getAtt(String logicalId, String attribute, String path) {
        if (ids.typeOf(logicalId).isEmpty()) {
            throw new TemplateException(path + ": Fn::GetAtt " + logicalId + "." + attribute + " names no resource of"
                    + " the template");
        }
        return withinResource(logicalId, path, () -> ids.attribute(logicalId, attribute, this));
    }

    private Object intrinsic(String function, Object argument, String path) {
        String where = path + "." + function;
        switch (function) {
            case "Ref":
                return ref(scalar(argument, where), where);
            case "Fn::GetAtt":
                List<?> target = arguments(argument, 2, 2, where, "[LogicalId, Attribute]");
                return getAtt(string(target.get(0), where + "[0]"), string(target.get(1), where + "[1]"), where);
            case "Fn::Sub":
                return new Substitution(this, where).apply(argument);
            case "Fn::If":
                List<?> branches = arguments(argument, 3, 3, where, "[ConditionName, ValueIfTrue, ValueIfFalse]");
                String conditionName = scalar(branches.get(0), where + "[0]");
                boolean holds = conditions.holds(conditionName, where);
                return holds ? resolve(branches.get(1), where + "[1]") : resolve(branches.get(2), where + "[2]");
            case "Fn::Join":
                return join(argument, where);
            case "Fn::Select":
                return select(argument, where);
            case "Fn::Split":
                List<?> split = arguments(argument, 2, 2, where, "[Delimiter, String]");
                String delimiter = string(split.get(0), where + "[0]");
                String text = string(split.get(1), where + "[1]");
                if (delimiter.isEmpty()) {
                    throw new TemplateException(where + "[0]: the delimiter must not be empty");
                }
                return List.of(text.split(Pattern.quote(delimiter), -1));
            case "Fn::FindInMap":
                return findInMap(argument, where);
            case "Fn::Base64":
                return Base64.getEncoder().encodeToString(string(argument, where).getBytes(StandardCharsets.UTF_8));
            case "Fn::GetAZs":
                String region = string(argument, where);
                String azRegion = region.isEmpty() ? stack().region() : region;
                return List.of(azRegion + "a", azRegion + "b", azRegion + "c");
            case "Fn::Equals":
            case "Fn::Not":
            case "Fn::And":
            case "Fn::Or":
                return String.valueOf(conditions.evaluate(Map.of(function, argument), where));
            default:
                throw new TemplateException(path + ": intrinsic function " + function + " is not supported by local"
                        + " invoke (supported: Ref, Fn::GetAtt, Fn::Sub, Fn::If, Fn::Equals, Fn::Not, Fn::And, Fn::Or,"
                        + " Fn::FindInMap, Fn::Join, Fn::Select, Fn::Split, Fn::Base64, Fn::GetAZs)");
        }
    }

    private String join(Object argument, String where) {
        List<?> join = arguments(argument, 2, 2, where, "[Delimiter, [Values]]");
        String delimiter = string(join.get(0), where + "[0]");
        Object values = resolve(join.get(1), where + "[1]");
        if (!(values instanceof List)) {
            throw new TemplateException(where + "[1] must resolve to a list but resolves to " + describe(values));
        }
        List<?> items = (List<?>) values;
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (!(item instanceof String)) {
                throw new TemplateException(where + "[1][" + i + "] must be a string but is " + describe(item));
            }
            texts.add((String) item);
        }
        return String.join(delimiter, texts);
    }

    private Object select(Object argument, String where) {
        List<?> select = arguments(argument, 2, 2, where, "[Index, [Values]]");
        String indexText = string(select.get(0), where + "[0]");
        Object values = resolve(select.get(1), where + "[1]");
        if (!(values instanceof List)) {
            throw new TemplateException(where + "[1] must resolve to a list but resolves to " + describe(values));
        }
        List<?> items = (List<?>) values;
        int index;
        try {
            index = Integer.parseInt(indexText.trim());
        } catch (NumberFormatException e) {
            throw new TemplateException(where + "[0] must be an index but is '" + indexText + "'", e);
        }
        if (index < 0 || index >= items.size()) {
            throw new TemplateException(where + ": index " + index + " is outside the list of " + items.size()
                    + " values");
        }
        return items.get(index);
    }

    private Object findInMap(Object argument, String where) {
        List<?> keys = arguments(argument, 3, 4, where, "[MapName, TopLevelKey, SecondLevelKey]");
        String mapName = string(keys.get(0), where + "[0]");
        String top = string(keys.get(1), where + "[1]");
        String second = string(keys.get(2), where + "[2]");
        Object mapping = template.section("Mappings").get(mapName);
        Object level = mapping instanceof Map ? Template.asMap(mapping, mapName).get(top) : null;
        Object value = level instanceof Map ? Template.asMap(level, mapName + "." + top).get(second) : null;
        if (value != null) {
            return resolve(value, "Mappings." + mapName + "." + top + "." + second);
        }
        if (keys.size() == 4 && keys.get(3) instanceof Map && Template.asMap(keys.get(3), where).containsKey("DefaultValue")) {
            return resolve(Template.asMap(keys.get(3), where).get("DefaultValue"), where + "[3].DefaultValue");
        }
        throw new TemplateException(where + ": Mappings has no " + mapName + "." + top + "." + second);
    }

    private <T> T withinResource(String logicalId, String path, Supplier<T> lookup) {
        if (naming.contains(logicalId)) {
            throw new TemplateException(path + ": resource " + logicalId + " refers to itself through " + naming);
        }
        naming.push(logicalId);
        try {
            return lookup.get();
        } finally {
            naming.pop();
        }
    }

    private Optional<String> pseudoParameter(String name) {
        StackSettings stack = stack();
        switch (name) {
            case "AWS::Region":
                return Optional.of(stack.region());
            case "AWS::AccountId":
                return Optional.of(stack.accountId());
            case "AWS::StackName":
                return Optional.of(stack.stackName());
            case "AWS::StackId":
                return Optional.of(stack.arn("cloudformation", "stack/" + stack.stackName()
                        + "/00000000-0000-0000-0000-000000000000", true, true));
            case "AWS::Partition":
                return Optional.of(stack.partition());
            case "AWS::URLSuffix":
                return Optional.of(stack.urlSuffix());
            default:
                return Optional.empty();
        }
    }

    String scalar(Object argument, String where) {
        if (argument instanceof String) {
            return (String) argument;
        }
        throw new TemplateException(where + " must be a name but is " + describe(argument));
    }

    List<?> arguments(Object argument, int min, int max, String where, String shape) {
        if (argument instanceof List && ((List<?>) argument).size() >= min && ((List<?>) argument).size() <= max) {
            return (List<?>) argument;
        }
        throw new TemplateException(where + " must be a list " + shape + " but is " + describe(argument));
    }

    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value == NO_VALUE) {
            return "AWS::NoValue";
        }
        if (value instanceof List) {
            return "a list " + ((List<?>) value).stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map) {
            return "a mapping with keys " + ((Map<?, ?>) value).keySet();
        }
        return "'" + value + "'";
    }
}
