package com.backupsentinel.local;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Finds the actual type argument a class gives a generic interface, e.g. I and O of RequestHandler&lt;I, O&gt;. */
final class GenericTypes {

    private GenericTypes() {
    }

    /** The {@code index}th type argument {@code type} binds for {@code target}; Object when it is left raw. */
    static Type argument(Class<?> type, Class<?> target, int index) {
        return find(type, target, index, Map.of()).orElse(Object.class);
    }

    private static Optional<Type> find(Type type, Class<?> target, int index, Map<TypeVariable<?>, Type> bindings) {
        Class<?> raw;
        Map<TypeVariable<?>, Type> scope = new HashMap<>();
        if (type instanceof ParameterizedType) {
            ParameterizedType parameterized = (ParameterizedType) type;
            raw = (Class<?>) parameterized.getRawType();
            TypeVariable<?>[] variables = raw.getTypeParameters();
            Type[] arguments = parameterized.getActualTypeArguments();
            for (int i = 0; i < variables.length; i++) {
                scope.put(variables[i], substitute(arguments[i], bindings));
            }
        } else if (type instanceof Class) {
            raw = (Class<?>) type;
        } else {
            return Optional.empty();
        }
        if (raw == target) {
            TypeVariable<?> variable = raw.getTypeParameters()[index];
            return Optional.of(scope.getOrDefault(variable, Object.class));
        }
        for (Type parent : raw.getGenericInterfaces()) {
            Optional<Type> found = find(parent, target, index, scope);
            if (found.isPresent()) {
                return found;
            }
        }
        return raw.getGenericSuperclass() == null ? Optional.empty()
                : find(raw.getGenericSuperclass(), target, index, scope);
    }

    private static Type substitute(Type type, Map<TypeVariable<?>, Type> bindings) {
        if (type instanceof TypeVariable) {
            TypeVariable<?> variable = (TypeVariable<?>) type;
            Type bound = bindings.get(variable);
            if (bound != null) {
                return bound;
            }
            Type[] bounds = variable.getBounds();
            return bounds.length == 0 ? Object.class : bounds[0];
        }
        return type;
    }
}
