package com.backupsentinel.coldstart;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.amazonaws.services.lambda.runtime.serialization.PojoSerializer;
import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.amazonaws.services.lambda.runtime.serialization.factories.JacksonFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;

/**
 * The Lambda Java runtime's part of a cold start, as small as it can be: in a fresh JVM whose classpath is a
 * function's unpacked zip (classes and lib/), constructs the handler with its no-arg constructor (init), optionally
 * runs the CRaC hooks SnapStart runs (before checkpoint, after restore), then makes one invocation with the event
 * file and prints the response on stdout. Figures go to stderr on one line starting {@value #FIGURES}. Started by
 * {@code ColdStartBench}; it is not part of any function zip.
 *
 * <p>Arguments: {@code HANDLER_CLASS EVENT_FILE [--prime] [--tls-setup]}. {@code --tls-setup} sets up TLS as the SDK's
 * url-connection client does for its first https call (an {@code SSLContext} with the JDK's trust store, and a
 * socket from it), inside the timed invocation, where a function whose endpoints are https does it on Lambda.
 */
public final class ColdStartRuntime {

    static final String FIGURES = "cold-start-figures:";

    private ColdStartRuntime() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        PrintStream response = System.out;
        // like Lambda, stdout is the function's log stream: only the response goes to the real stdout here
        System.setOut(System.err);
        byte[] event = Files.readAllBytes(Path.of(args[1]));
        List<String> flags = List.of(args).subList(2, args.length);
        boolean prime = flags.contains("--prime");

        Object handler = Class.forName(args[0]).getConstructor().newInstance();
        long constructed = System.nanoTime();
        String primeError = "";
        if (prime) {
            try {
                CracHooks.checkpointAndRestore();
            } catch (ReflectiveOperationException | RuntimeException e) {
                // SnapStart would fail to publish the version: report it, and measure the invocation anyway
                Throwable cause = e.getCause() == null ? e : e.getCause();
                Throwable root = cause.getSuppressed().length > 0 ? cause.getSuppressed()[0] : cause;
                while (root.getCause() != null) {
                    root = root.getCause();
                }
                primeError = " prime_error=" + root.toString().replace(' ', '_');
            }
        }
        long primed = System.nanoTime();
        if (flags.contains("--tls-setup")) {
            setUpTls();
        }
        Context context = new BenchContext();
        byte[] output = invoke(handler, event, context);
        long invoked = System.nanoTime();
        response.write(output);
        response.println();
        response.flush();
        // every thread's CPU time by the response (the JIT compiler's and the collector's too), after the timed part
        long cpuMillis = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
        Runtime runtime = Runtime.getRuntime();
        PrintStream figures = System.err;
        figures.println(FIGURES + " init_ms=" + millis(start, constructed) + " prime_ms=" + millis(constructed, primed)
                + " invoke_ms=" + millis(primed, invoked) + " heap_used_kb="
                + (runtime.totalMemory() - runtime.freeMemory()) / 1024 + (cpuMillis < 0 ? "" : " cpu_ms=" + cpuMillis)
                + primeError);
        System.err.flush();
        Runtime.getRuntime().halt(0);
    }

    private static void setUpTls() throws GeneralSecurityException, IOException {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, null, null);
        tls.getSocketFactory().createSocket().close();
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    @SuppressWarnings("unchecked")
    private static byte[] invoke(Object handler, byte[] event, Context context) throws Exception {
        if (handler instanceof RequestStreamHandler) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ((RequestStreamHandler) handler).handleRequest(new ByteArrayInputStream(event), out, context);
            return out.toByteArray();
        }
        RequestHandler<Object, Object> typed = (RequestHandler<Object, Object>) handler;
        Type[] types = requestHandlerTypes(handler.getClass());
        Object input = serializer(types[0]).fromJson(new ByteArrayInputStream(event));
        Object result = typed.handleRequest(input, context);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (result == null) {
            return "null".getBytes(StandardCharsets.UTF_8);
        }
        serializer(types[1]).toJson(result, out);
        return out.toByteArray();
    }

    private static Type[] requestHandlerTypes(Class<?> handlerClass) {
        for (Class<?> type = handlerClass; type != null; type = type.getSuperclass()) {
            for (Type candidate : type.getGenericInterfaces()) {
                if (candidate instanceof ParameterizedType
                        && ((ParameterizedType) candidate).getRawType() == RequestHandler.class) {
                    return ((ParameterizedType) candidate).getActualTypeArguments();
                }
            }
        }
        throw new IllegalArgumentException(handlerClass + " implements neither RequestHandler nor RequestStreamHandler");
    }

    @SuppressWarnings("unchecked")
    private static PojoSerializer<Object> serializer(Type type) {
        if (type instanceof Class && LambdaEventSerializers.isLambdaSupportedEvent(((Class<?>) type).getName())) {
            return LambdaEventSerializers.serializerFor((Class<Object>) type, ColdStartRuntime.class.getClassLoader());
        }
        return JacksonFactory.getInstance().getSerializer(type);
    }
}
