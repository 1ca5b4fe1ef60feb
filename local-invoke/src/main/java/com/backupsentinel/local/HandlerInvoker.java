package com.backupsentinel.local;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one invocation the way the Lambda Java runtime does: constructs the handler with its public no-arg
 * constructor (init), then deserializes the event, calls the handler and serializes the response within the
 * function's Timeout. Init may take {@link #INIT_LIMIT} or the Timeout, whichever is longer: Lambda retries an init
 * that overran its 10 s within the invocation. Init and invoke share one thread, as in Lambda.
 */
final class HandlerInvoker {

    /** Lambda's limit on the init phase of an on-demand function. */
    static final Duration INIT_LIMIT = Duration.ofSeconds(10);

    private final RuntimeSerialization serialization;
    private final ClassLoader loader;

    /** The response payload, or the error payload when {@code succeeded} is false. */
    record Outcome(boolean succeeded, byte[] payload) {
    }

    /**
     * The handler method and the deserialized event, prepared while the stand-ins start; a failure to load either
     * is reported only when the invocation reaches that point, in Lambda's order.
     */
    record Prepared(Optional<HandlerMethod> method, Optional<HandlerLoadException> loadError, Object input,
                    Optional<RuntimeException> parseError, byte[] event) {
    }

    HandlerInvoker(ClassLoader loader) {
        this.loader = loader;
        this.serialization = new RuntimeSerialization(loader);
    }

    /** The loader the handler is found in and runs with (its thread's context loader). */
    ClassLoader loader() {
        return loader;
    }

    Prepared prepare(FunctionDefinition function, byte[] event) {
        HandlerMethod method;
        try {
            method = HandlerMethod.find(function.handlerClass(), function.handlerMethod(), loader);
        } catch (HandlerLoadException e) {
            return new Prepared(Optional.empty(), Optional.of(e), null, Optional.empty(), event);
        }
        if (method.stream()) {
            return new Prepared(Optional.of(method), Optional.empty(), null, Optional.empty(), event);
        }
        try {
            Object input = serialization.fromJson(event, method.inputType());
            return new Prepared(Optional.of(method), Optional.empty(), input, Optional.empty(), event);
        } catch (RuntimeException e) {
            RuntimeException parseError = new RuntimeException("An error occurred during JSON parsing", e);
            return new Prepared(Optional.of(method), Optional.empty(), null, Optional.of(parseError), event);
        }
    }

    Outcome invoke(Prepared prepared, LocalContext context, int timeoutSeconds) {
        if (prepared.loadError().isPresent()) {
            HandlerLoadException error = prepared.loadError().get();
            return new Outcome(false, LambdaError.of(error.errorType(), error.getMessage()));
        }
        HandlerMethod method = prepared.method().orElseThrow();
        ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread worker = new Thread(runnable, "lambda-handler");
            worker.setDaemon(true);
            worker.setContextClassLoader(loader);
            return worker;
        });
        try {
            Phase init = run(thread, () -> method.isStatic() ? null
                    : method.handlerClass().getConstructor().newInstance(), initLimit(timeoutSeconds), context, "Init");
            if (init.failure().isPresent()) {
                return init.failure().get();
            }
            if (prepared.parseError().isPresent()) {
                return new Outcome(false, LambdaError.of(prepared.parseError().get()));
            }
            context.startClock();
            Phase invocation = run(thread, () -> call(method, init.value(), prepared, context),
                    Duration.ofSeconds(timeoutSeconds), context, "Task");
            return invocation.failure().orElseGet(() -> new Outcome(true, (byte[]) invocation.value()));
        } finally {
            thread.shutdownNow();
        }
    }

    private static Duration initLimit(int timeoutSeconds) {
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        return timeout.compareTo(INIT_LIMIT) > 0 ? timeout : INIT_LIMIT;
    }

    private byte[] call(HandlerMethod method, Object instance, Prepared prepared, LocalContext context)
            throws Exception {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Object input = method.stream() ? new ByteArrayInputStream(prepared.event()) : prepared.input();
        Object result = method.method().invoke(instance, method.arguments(input, output, context));
        if (method.stream()) {
            return output.toByteArray();
        }
        try {
            return serialization.toJson(result, method.outputType());
        } catch (RuntimeException e) {
            throw new ResponseSerializationException(e);
        }
    }

    /** The result of init or invoke: a value, or the failure to report. */
    private record Phase(Object value, Optional<Outcome> failure) {

        static Phase failed(byte[] payload) {
            return new Phase(null, Optional.of(new Outcome(false, payload)));
        }
    }

    private static Phase run(ExecutorService thread, Callable<Object> work, Duration limit, LocalContext context,
                             String phase) {
        Future<Object> future = thread.submit(work);
        try {
            return new Phase(future.get(limit.toMillis(), TimeUnit.MILLISECONDS), Optional.empty());
        } catch (TimeoutException e) {
            future.cancel(true);
            String seconds = String.format(Locale.ROOT, "%.2f", limit.toMillis() / 1000.0);
            return Phase.failed(LambdaError.of("Sandbox.Timedout", "RequestId: " + context.getAwsRequestId()
                    + " Error: " + phase + " timed out after " + seconds + " seconds"));
        } catch (ExecutionException e) {
            return Phase.failed(LambdaError.of(unwrap(e.getCause())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Phase.failed(LambdaError.of(e));
        }
    }

    private static Throwable unwrap(Throwable error) {
        if (error instanceof InvocationTargetException && error.getCause() != null) {
            return error.getCause();
        }
        if (error instanceof ResponseSerializationException) {
            return new RuntimeException("An error occurred during JSON serialization of response", error.getCause());
        }
        return error;
    }

    /** Marks a failure to serialize the handler's result, reported like the runtime reports it. */
    private static final class ResponseSerializationException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ResponseSerializationException(RuntimeException cause) {
            super(cause);
        }
    }
}
