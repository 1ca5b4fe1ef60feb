package com.backupsentinel.local;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The method a {@code Handler} string names, chosen the way the Lambda Java runtime chooses it:
 * {@link RequestStreamHandler} and {@link RequestHandler} by their interface (input and output types from the
 * type arguments), any other public method by name with (input[, Context]) or (InputStream, OutputStream[,
 * Context]) parameters.
 */
record HandlerMethod(Class<?> handlerClass, Method method, boolean stream, Type inputType, Type outputType) {

    private static final String NO_SUCH_METHOD = NoSuchMethodException.class.getName();

    static HandlerMethod find(String className, String methodName, ClassLoader loader) throws HandlerLoadException {
        Class<?> handlerClass;
        try {
            handlerClass = Class.forName(className, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new HandlerLoadException(ClassNotFoundException.class.getName(), "Class not found: " + className);
        }
        try {
            if ("handleRequest".equals(methodName) && RequestStreamHandler.class.isAssignableFrom(handlerClass)) {
                Method method = RequestStreamHandler.class.getMethod("handleRequest", InputStream.class,
                        OutputStream.class, Context.class);
                return new HandlerMethod(handlerClass, method, true, InputStream.class, void.class);
            }
            if ("handleRequest".equals(methodName) && RequestHandler.class.isAssignableFrom(handlerClass)) {
                Method method = RequestHandler.class.getMethod("handleRequest", Object.class, Context.class);
                return new HandlerMethod(handlerClass, method, false, GenericTypes.argument(handlerClass,
                        RequestHandler.class, 0), GenericTypes.argument(handlerClass, RequestHandler.class, 1));
            }
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("aws-lambda-java-core on the classpath has no handleRequest method", e);
        }
        return byName(handlerClass, methodName);
    }

    private static HandlerMethod byName(Class<?> handlerClass, String methodName) throws HandlerLoadException {
        List<Method> candidates = Arrays.stream(handlerClass.getMethods())
                .filter(m -> m.getName().equals(methodName) && !m.isBridge() && isValid(m))
                .sorted(Comparator.comparingInt(Method::getParameterCount).reversed())
                .collect(Collectors.toList());
        if (candidates.isEmpty()) {
            throw new HandlerLoadException(NO_SUCH_METHOD, "No public method named " + methodName
                    + " with appropriate method signature found on class " + handlerClass.getName());
        }
        if (candidates.size() > 1 && candidates.get(0).getParameterCount() == candidates.get(1).getParameterCount()) {
            throw new HandlerLoadException(NO_SUCH_METHOD, "Class " + handlerClass.getName()
                    + " has more than one public method named " + methodName + " with "
                    + candidates.get(0).getParameterCount() + " parameters");
        }
        Method method = candidates.get(0);
        Class<?>[] parameters = method.getParameterTypes();
        if (parameters.length >= 2 && parameters[0] == InputStream.class && parameters[1] == OutputStream.class) {
            return new HandlerMethod(handlerClass, method, true, InputStream.class, void.class);
        }
        Type input = parameters.length == 0 || parameters[0] == Context.class
                ? Void.class : method.getGenericParameterTypes()[0];
        return new HandlerMethod(handlerClass, method, false, input, method.getGenericReturnType());
    }

    private static boolean isValid(Method method) {
        Class<?>[] parameters = method.getParameterTypes();
        switch (parameters.length) {
            case 0:
            case 1:
                return true;
            case 2:
                return parameters[1] == Context.class
                        || parameters[0] == InputStream.class && parameters[1] == OutputStream.class;
            case 3:
                return parameters[0] == InputStream.class && parameters[1] == OutputStream.class
                        && parameters[2] == Context.class;
            default:
                return false;
        }
    }

    boolean isStatic() {
        return Modifier.isStatic(method.getModifiers());
    }

    /** The arguments in the method's parameter order. */
    Object[] arguments(Object input, OutputStream output, Context context) {
        if (stream) {
            return method.getParameterCount() == 3 ? new Object[] {input, output, context} : new Object[] {input, output};
        }
        switch (method.getParameterCount()) {
            case 0:
                return new Object[0];
            case 1:
                return method.getParameterTypes()[0] == Context.class ? new Object[] {context} : new Object[] {input};
            default:
                return new Object[] {input, context};
        }
    }
}
