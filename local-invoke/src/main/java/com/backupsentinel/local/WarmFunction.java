package com.backupsentinel.local;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.time.Clock;

/**
 * A function as a pool of warm Lambda execution environments: each thread that invokes it gets its own handler
 * instance (constructed on its first invocation, as Lambda's init), then reuses it; every invocation deserializes
 * the event and serializes the response the way the Java runtime does, and a thrown exception becomes Lambda's error
 * payload. What {@link HandlerInvoker} does for one cold invocation, for many warm ones in parallel.
 */
final class WarmFunction {

    private final FunctionDefinition function;
    private final StackSettings stack;
    private final HandlerMethod method;
    private final RuntimeSerialization serialization;
    private final PrintStream logs;
    private final ClassLoader loader;
    private final ThreadLocal<Object> instances = new ThreadLocal<>();

    WarmFunction(FunctionDefinition function, StackSettings stack, ClassLoader loader, PrintStream logs)
            throws HandlerLoadException {
        this.function = function;
        this.stack = stack;
        this.method = HandlerMethod.find(function.handlerClass(), function.handlerMethod(), loader);
        this.serialization = new RuntimeSerialization(loader);
        this.logs = logs;
        this.loader = loader;
    }

    String logicalId() {
        return function.logicalId();
    }

    /** One invocation with {@code event}; the handler's exceptions are the outcome, never thrown. */
    HandlerInvoker.Outcome invoke(byte[] event) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // as in Lambda (and HandlerInvoker): the function's own loader is the invoking thread's context loader
        thread.setContextClassLoader(loader);
        try {
            return invokeIn(event);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private HandlerInvoker.Outcome invokeIn(byte[] event) {
        LocalContext context = new LocalContext(function, stack, new StreamLambdaLogger(logs), Clock.systemUTC());
        try {
            Object instance = instance();
            Object input = method.stream() ? null : serialization.fromJson(event, method.inputType());
            context.startClock();
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            Object in = method.stream() ? new ByteArrayInputStream(event) : input;
            Object result = method.method().invoke(instance, method.arguments(in, output, context));
            byte[] payload = method.stream() ? output.toByteArray() : serialization.toJson(result, method.outputType());
            return new HandlerInvoker.Outcome(true, payload);
        } catch (InvocationTargetException e) {
            return new HandlerInvoker.Outcome(false, LambdaError.of(e.getCause()));
        } catch (ReflectiveOperationException | RuntimeException e) {
            return new HandlerInvoker.Outcome(false, LambdaError.of(e));
        }
    }

    private Object instance() throws ReflectiveOperationException {
        Object instance = instances.get();
        if (instance == null && !method.isStatic()) {
            instance = method.handlerClass().getConstructor().newInstance();
            instances.set(instance);
        }
        return instance;
    }
}
