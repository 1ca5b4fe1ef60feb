package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every function, from its zip: the handler's no-arg constructor registers its SnapStart priming; running it (as
 * SnapStart does: beforeCheckpoint, then afterRestore) sends nothing to AWS (every endpoint is a server counting
 * requests: zero), completes without the "stopped early" warning, writes no log line or metric, and leaves the
 * clients talking to AWS again afterwards (the next real invocation reaches the server).
 */
class PrimingFromZipTest {

    private static final String HOT_PATH_PRIMING = "com.backupsentinel.shared.priming.HotPathPriming";

    @TestFactory
    Stream<DynamicTest> primingMakesNoNetworkCallAndLeavesNothingBehind() {
        return ProjectFunctions.ids().stream().map(id -> dynamicTest(id, () -> {
            AtomicInteger requests = new AtomicInteger();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                requests.incrementAndGet();
                exchange.sendResponseHeaders(500, -1);
                exchange.close();
            });
            server.start();
            PrintStream originalOut = System.out;
            PrintStream originalErr = System.err;
            ByteArrayOutputStream printed = new ByteArrayOutputStream();
            try {
                FunctionDefinition function = ProjectFunctions.read(id, Map.of());
                StackSettings stack = ProjectFunctions.stack(Map.of());
                LocalContext context = new LocalContext(function, stack, new StreamLambdaLogger(System.err),
                        Clock.systemUTC());
                Map<String, String> endpoints = new HashMap<>();
                endpoints.put("AWS_ENDPOINT_URL", "http://127.0.0.1:" + server.getAddress().getPort());
                endpoints.put("AWS_ACCESS_KEY_ID", "AKIDPRIMINGTEST");
                endpoints.put("AWS_SECRET_ACCESS_KEY", "priming-test-secret");
                ClassLoader zip = FunctionLoaders.of(function, getClass().getClassLoader());
                Map<String, String> environment = new HashMap<>(LambdaEnvironment.of(function, stack, context, endpoints));
                // SnapStart's initialisation, the one its snapshot follows
                environment.put("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start");
                // the function's code runs in the loader its zip's root starts (FunctionLoaders.code)
                ClassLoader code = FunctionLoaders.code(zip);
                FunctionLoaders.installEnvironment(code, environment);
                HandlerMethod method = HandlerMethod.find(function.handlerClass(), function.handlerMethod(), zip);
                Object handler = construct(method.handlerClass(), zip);
                List<?> registered = registered(code);
                assertThat(registered).as("%s registers its priming", id).hasSize(1);
                Object priming = registered.get(0);

                PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
                System.setOut(capture);
                System.setErr(capture);
                invoke(priming, "beforeCheckpoint");
                invoke(priming, "afterRestore");
                System.setOut(originalOut);
                System.setErr(originalErr);

                assertThat(requests.get()).as("%s: requests sent to AWS while priming", id).isZero();
                assertThat(printed.toString(StandardCharsets.UTF_8)).as("%s: printed while priming", id).isEmpty();
                assertThat(primingActive(code)).isFalse();
                new HandlerInvoker(zip).invoke(new HandlerInvoker(zip).prepare(function,
                        Samples.firstEvent(id, function)), context, function.timeoutSeconds());
                assertThat(requests.get()).as("%s: the first invocation after the restore reaches AWS", id)
                        .isPositive();
                assertThat(handler).isNotNull();
            } finally {
                System.setOut(originalOut);
                System.setErr(originalErr);
                server.stop(0);
            }
        }));
    }

    private static Object construct(Class<?> handlerClass, ClassLoader zip) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(zip);
        try {
            return handlerClass.getConstructor().newInstance();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static List<?> registered(ClassLoader zip) throws Exception {
        Field field = Class.forName(HOT_PATH_PRIMING, true, zip).getDeclaredField("REGISTERED");
        field.setAccessible(true);
        return List.copyOf((List<?>) field.get(null));
    }

    private static boolean primingActive(ClassLoader zip) throws Exception {
        return (Boolean) Class.forName("com.backupsentinel.shared.priming.Priming", true, zip).getMethod("active")
                .invoke(null);
    }

    private static void invoke(Object priming, String hook) throws Exception {
        Class<?> context = Class.forName("org.crac.Context", true, priming.getClass().getClassLoader());
        Method method = priming.getClass().getMethod(hook, context);
        method.invoke(priming, new Object[] {null});
    }

    /** The first sample of the function's events/ folder that is not an invalid one. */
    private static final class Samples {

        private Samples() {
        }

        static byte[] firstEvent(String id, FunctionDefinition function) throws IOException {
            Path folder = ProjectFunctions.ROOT.resolve("events")
                    .resolve(ProjectFunctions.module(function).orElseThrow());
            try (Stream<Path> files = Files.list(folder)) {
                Path first = files.filter(p -> p.toString().endsWith(".json"))
                        .filter(p -> ProjectFunctions.isSampleOf(id, p))
                        .filter(p -> !p.getFileName().toString().matches("(invalid|malformed|other).*")).sorted()
                        .findFirst().orElseThrow();
                return Files.readAllBytes(first);
            }
        }
    }
}
