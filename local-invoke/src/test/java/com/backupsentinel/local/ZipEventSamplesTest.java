package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.backupsentinel.shared.config.Environment;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Every function runs every sample of its events/ folder from its built zip, as Lambda would run it: the zip unpacked
 * into a class loader of its own, against the embedded stand-ins serving demo-account/. A class the packaging left
 * out, an SDK operation it cut that the function calls, a ServiceLoader provider or interceptor it dropped fails
 * here. Samples named invalid-* or malformed-* (and the notifier's other-source) must fail the invocation with the
 * function's own error; every other sample must succeed.
 */
class ZipEventSamplesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Samples the function must reject: bad input, and the notifier's event from another source. */
    private static final Pattern INVALID = Pattern.compile("(invalid|malformed)-.*\\.json|other-source\\.json");
    private static final Set<String> PACKAGING_ERRORS = Set.of(NoClassDefFoundError.class.getName(),
            ClassNotFoundException.class.getName(), NoSuchMethodError.class.getName(), NoSuchFieldError.class.getName(),
            VerifyError.class.getName(), ExceptionInInitializerError.class.getName(), LinkageError.class.getName(),
            "java.util.ServiceConfigurationError", UnsupportedOperationException.class.getName());

    @TestFactory
    Stream<DynamicNode> everyFunctionPassesEveryEventSampleFromItsZip() throws IOException {
        List<DynamicNode> functions = new ArrayList<>();
        for (String id : ProjectFunctions.ids()) {
            FunctionDefinition function = ProjectFunctions.read(id, Map.of());
            Path folder = ProjectFunctions.ROOT.resolve("events").resolve(ProjectFunctions.module(function).orElse(id));
            List<Path> samples = samples(folder);
            functions.add(DynamicContainer.dynamicContainer(id, Stream.of(dynamicTest(id + " from its zip", () -> {
                try (ZipRun run = ZipRun.start(id)) {
                    for (Path sample : samples) {
                        check(run, sample);
                    }
                }
            }))));
        }
        return functions.stream();
    }

    private static void check(ZipRun run, Path sample) throws IOException {
        HandlerInvoker.Outcome outcome = run.invoke(Files.readAllBytes(sample));
        String name = sample.getFileName().toString();
        String payload = new String(outcome.payload(), StandardCharsets.UTF_8);
        if (!INVALID.matcher(name).matches()) {
            assertThat(outcome.succeeded()).as("%s: %s\n%s", name, payload, run.stderr()).isTrue();
            return;
        }
        assertThat(outcome.succeeded()).as("%s should fail: %s", name, payload).isFalse();
        JsonNode error = JSON.readTree(payload);
        assertThat(PACKAGING_ERRORS).as("%s failed with the function's own error: %s", name, payload)
                .doesNotContain(error.path("errorType").asText());
    }

    private static List<Path> samples(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    /** One function's zip loaded once, its stand-ins and resources, invoked once per sample with a new handler. */
    private static final class ZipRun implements AutoCloseable {

        private final EmbeddedEndpoints endpoints;
        private final FunctionDefinition function;
        private final StackSettings stack;
        private final HandlerInvoker invoker;
        private final Map<String, String> endpointEnvironment;
        private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

        private ZipRun(EmbeddedEndpoints endpoints, FunctionDefinition function, StackSettings stack,
                       HandlerInvoker invoker) {
            this.endpoints = endpoints;
            this.function = function;
            this.stack = stack;
            this.invoker = invoker;
            this.endpointEnvironment = endpoints.environment();
        }

        static ZipRun start(String id) {
            FunctionReach reach = FunctionReach.of(ProjectFunctions.TEMPLATE, id);
            EmbeddedEndpoints endpoints = EmbeddedEndpoints.start(Optional.empty(), reach.services());
            StackSettings stack = StackSettings.local(endpoints.region().orElseThrow(),
                    endpoints.accountId().orElseThrow(), Map.of());
            Environment clients = endpoints.clientEnvironment(Map.of(), stack.region());
            Map<String, PhysicalIds.Provisioned> provisioned = new ResourceProvisioner(clients, endpoints,
                    new PrintStream(PrintStream.nullOutputStream()),
                    Optional.of(ProjectFunctions.ROOT.resolve("demo-account/dynamodb")))
                    .provision(StatefulResource.plan(resolver(stack, Map.of()), reach));
            FunctionDefinition function = FunctionReader.read(resolver(stack, provisioned), id);
            ClassLoader loader = FunctionLoaders.of(function, ZipEventSamplesTest.class.getClassLoader());
            assertThat(loader).as("%s runs from its zip", id).isInstanceOf(ZipFunctionLoader.class);
            return new ZipRun(endpoints, function, stack, new HandlerInvoker(loader));
        }

        private static IntrinsicResolver resolver(StackSettings stack, Map<String, PhysicalIds.Provisioned> ids) {
            return new IntrinsicResolver(ProjectFunctions.TEMPLATE,
                    new PhysicalIds(ProjectFunctions.TEMPLATE, stack, ids));
        }

        HandlerInvoker.Outcome invoke(byte[] event) {
            LocalContext context = new LocalContext(function, stack, new StreamLambdaLogger(
                    new PrintStream(stderr, true, StandardCharsets.UTF_8)), Clock.systemUTC());
            FunctionLoaders.installEnvironment(invoker.loader(),
                    LambdaEnvironment.of(function, stack, context, endpointEnvironment));
            HandlerInvoker.Prepared prepared = invoker.prepare(function, event);
            return invoker.invoke(prepared, context, function.timeoutSeconds());
        }

        String stderr() {
            return stderr.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() {
            endpoints.close();
        }
    }
}
