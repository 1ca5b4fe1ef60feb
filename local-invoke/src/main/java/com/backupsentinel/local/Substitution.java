package com.backupsentinel.local;

import java.util.List;
import java.util.Map;

/** Fn::Sub in both forms: {@code "text ${Name} ${Res.Attr} ${!Literal}"} and {@code [text, {Name: value}]}. */
final class Substitution {

    private final IntrinsicResolver resolver;
    private final String where;

    Substitution(IntrinsicResolver resolver, String where) {
        this.resolver = resolver;
        this.where = where;
    }

    String apply(Object argument) {
        if (argument instanceof String) {
            return substitute((String) argument, Map.of());
        }
        List<?> parts = resolver.arguments(argument, 2, 2, where, "[String, {Name: Value}]");
        if (!(parts.get(0) instanceof String)) {
            throw new TemplateException(where + "[0] must be the text to substitute but is "
                    + IntrinsicResolver.describe(parts.get(0)));
        }
        return substitute((String) parts.get(0), Template.asMap(parts.get(1), where + "[1]"));
    }

    private String substitute(String text, Map<String, Object> variables) {
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (true) {
            int start = text.indexOf("${", from);
            if (start < 0) {
                out.append(text, from, text.length());
                return out.toString();
            }
            int end = text.indexOf('}', start);
            if (end < 0) {
                throw new TemplateException(where + ": '${' without a closing '}' in \"" + text + "\"");
            }
            out.append(text, from, start);
            String name = text.substring(start + 2, end).trim();
            if (name.startsWith("!")) {
                out.append("${").append(name.substring(1)).append('}');
            } else {
                out.append(value(name, variables));
            }
            from = end + 1;
        }
    }

    private String value(String name, Map<String, Object> variables) {
        String path = where + " ${" + name + "}";
        if (variables.containsKey(name)) {
            return resolver.string(variables.get(name), where + "[1]." + name);
        }
        int dot = name.indexOf('.');
        if (dot > 0 && !name.startsWith("AWS::")) {
            return resolver.getAtt(name.substring(0, dot), name.substring(dot + 1), path);
        }
        Object value = resolver.ref(name, path);
        if (value instanceof String) {
            return (String) value;
        }
        throw new TemplateException(path + " must be a string but is " + IntrinsicResolver.describe(value));
    }
}
