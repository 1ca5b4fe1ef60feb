package com.backupsentinel.shared.boot;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;

/**
 * What the Lambda runtime constructs from a function's zip: lambda-packaging writes, at the zip's root, a class named
 * as the template's handler that extends this one and names itself; the handler of that name in lib/'s jar is the
 * real one. This class builds the real handler with its public no-argument constructor, in the function's
 * {@link JarFirst} loader, and hands it every invocation; while it constructs or runs, the thread's context class
 * loader is that loader, and the runtime's own is back when it returns.
 */
public abstract class JarFirstHandler implements RequestStreamHandler {

    private final ClassLoader loader;
    private final RequestStreamHandler handler;

    /** Builds the real {@code handlerClass} in the function's loader. */
    protected JarFirstHandler(String handlerClass) {
        this.loader = JarFirst.loader();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            this.handler = construct(handlerClass, loader);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    static RequestStreamHandler construct(String handlerClass, ClassLoader loader) {
        Class<?> type;
        try {
            type = Class.forName(handlerClass, true, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("The handler " + handlerClass + " is not in the function's lib/ jars", e);
        }
        if (!RequestStreamHandler.class.isAssignableFrom(type)) {
            throw new IllegalStateException("The handler " + handlerClass + " is not a RequestStreamHandler");
        }
        try {
            return (RequestStreamHandler) type.getConstructor().newInstance();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("The handler " + handlerClass + " failed to construct", cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("The handler " + handlerClass + " has no public no-argument constructor",
                    e);
        }
    }

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            handler.handleRequest(input, output, context);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
