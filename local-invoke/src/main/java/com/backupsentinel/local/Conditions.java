package com.backupsentinel.local;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Evaluates the template's Conditions (Fn::Equals, Fn::Not, Fn::And, Fn::Or, Condition), each once. */
final class Conditions {

    private final Map<String, Object> declarations;
    private final IntrinsicResolver resolver;
    private final Map<String, Boolean> results = new HashMap<>();
    private final Set<String> evaluating = new LinkedHashSet<>();

    Conditions(Template template, IntrinsicResolver resolver) {
        this.declarations = template.section("Conditions");
        this.resolver = resolver;
    }

    boolean holds(String name, String path) {
        Boolean known = results.get(name);
        if (known != null) {
            return known;
        }
        if (!declarations.containsKey(name)) {
            throw new TemplateException(path + ": condition " + name + " is not declared in Conditions");
        }
        if (!evaluating.add(name)) {
            throw new TemplateException("Conditions." + name + " depends on itself through " + evaluating);
        }
        try {
            boolean result = evaluate(declarations.get(name), "Conditions." + name);
            results.put(name, result);
            return result;
        } finally {
            evaluating.remove(name);
        }
    }

    boolean evaluate(Object expression, String path) {
        if (expression instanceof Map && ((Map<?, ?>) expression).size() == 1) {
            Map.Entry<String, Object> only = Template.asMap(expression, path).entrySet().iterator().next();
            String where = path + "." + only.getKey();
            switch (only.getKey()) {
                case "Condition":
                    return holds(resolver.scalar(only.getValue(), where), where);
                case "Fn::Equals":
                    List<?> operands = resolver.arguments(only.getValue(), 2, 2, where, "[Value1, Value2]");
                    return Objects.equals(normalise(resolver.resolve(operands.get(0), where + "[0]")),
                            normalise(resolver.resolve(operands.get(1), where + "[1]")));
                case "Fn::Not":
                    List<?> negated = resolver.arguments(only.getValue(), 1, 1, where, "[Condition]");
                    return !evaluate(negated.get(0), where + "[0]");
                case "Fn::And":
                    return all(resolver.arguments(only.getValue(), 2, 10, where, "of 2 to 10 conditions"), where, true);
                case "Fn::Or":
                    return all(resolver.arguments(only.getValue(), 2, 10, where, "of 2 to 10 conditions"), where, false);
                default:
                    break;
            }
        }
        throw new TemplateException(path + " must be a condition (Fn::Equals, Fn::Not, Fn::And, Fn::Or or"
                + " Condition) but is " + IntrinsicResolver.describe(expression));
    }

    private boolean all(List<?> operands, String where, boolean conjunction) {
        for (int i = 0; i < operands.size(); i++) {
            boolean value = evaluate(operands.get(i), where + "[" + i + "]");
            if (value != conjunction) {
                return !conjunction;
            }
        }
        return conjunction;
    }

    private static Object normalise(Object value) {
        if (value instanceof List) {
            List<String> texts = new ArrayList<>();
            ((List<?>) value).forEach(item -> texts.add(String.valueOf(item)));
            return texts;
        }
        return String.valueOf(value);
    }
}
