package com.backupsentinel.local;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * The error payload Lambda returns when a Java handler throws: {@code errorMessage}, {@code errorType},
 * {@code stackTrace} (frames as {@code class.method(File.java:line)}, without the runtime's own frames) and a
 * nested {@code cause}.
 */
final class LambdaError {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private LambdaError() {
    }

    static byte[] of(Throwable error) {
        return bytes(node(error, Collections.newSetFromMap(new IdentityHashMap<>())));
    }

    /** An error with no Java exception behind it, such as a timeout. */
    static byte[] of(String errorType, String errorMessage) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("errorMessage", errorMessage);
        node.put("errorType", errorType);
        return bytes(node);
    }

    private static ObjectNode node(Throwable error, Set<Throwable> seen) {
        seen.add(error);
        ObjectNode node = MAPPER.createObjectNode();
        String message = error.getLocalizedMessage();
        node.put("errorMessage", message == null ? error.getClass().getName() : message);
        node.put("errorType", error.getClass().getName());
        ArrayNode trace = node.putArray("stackTrace");
        for (StackTraceElement frame : error.getStackTrace()) {
            if (isInvokerFrame(frame)) {
                break;
            }
            trace.add(frame.getClassName() + "." + frame.getMethodName() + "(" + frame.getFileName() + ":"
                    + frame.getLineNumber() + ")");
        }
        Throwable cause = error.getCause();
        if (cause != null && !seen.contains(cause)) {
            node.set("cause", node(cause, seen));
        }
        return node;
    }

    /** The first frame that belongs to local invoke or to reflection, below the handler's own frames. */
    private static boolean isInvokerFrame(StackTraceElement frame) {
        String className = frame.getClassName();
        return className.startsWith("jdk.internal.reflect.") || "java.lang.reflect.Method".equals(className)
                || "java.lang.reflect.Constructor".equals(className) || className.equals(HandlerInvoker.class.getName());
    }

    private static byte[] bytes(ObjectNode node) {
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }
}
