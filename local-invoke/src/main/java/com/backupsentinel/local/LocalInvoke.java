package com.backupsentinel.local;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.config.Environment;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * {@code scripts/local-invoke FUNCTION_LOGICAL_ID EVENT_FILE [--env-vars FILE] [--capture DIR] [--fault SPEC]...}: runs
 * a function of template.yaml in this JVM like {@code sam local invoke}, against the embedded stand-ins or the user's
 * {@code AWS_ENDPOINT_URL*}, optionally with faults injected into its AWS calls ({@link FaultOptions}). The response
 * (or Lambda's error JSON) is the only thing written to stdout.
 */
public final class LocalInvoke {

    /**
     * Set by scripts/local-invoke unless it is making the class data sharing archive (which is written by a shutdown
     * hook): exit without running shutdown hooks.
     */
    static final String FAST_EXIT_PROPERTY = "local-invoke.fast-exit";

    /** Folder holding the AWS Backup inventory to serve instead of demo-account/. */
    static final String INVENTORY_VARIABLE = "SENTINEL_INVENTORY";

    /** File in an inventory folder holding the deployment parameters that match it, in --env-vars format. */
    static final String INVENTORY_ENV_VARS = "env-vars.json";

    private final PrintStream out;
    private final PrintStream err;
    private final Path templateFile;
    private final Map<String, String> processEnvironment;
    private final ClassLoader loader;
    private final boolean mirrorProcessEnvironment;
    private final Timings timings = new Timings();

    /**
     * @param processEnvironment       the environment local invoke was started with (AWS_ENDPOINT_URL*, keys, ...)
     * @param mirrorProcessEnvironment whether to show the function's environment in {@code System.getenv()} too
     */
    LocalInvoke(PrintStream out, PrintStream err, Path templateFile, Map<String, String> processEnvironment,
                ClassLoader loader, boolean mirrorProcessEnvironment) {
        this.out = out;
        this.err = err;
        this.templateFile = templateFile;
        this.processEnvironment = Map.copyOf(processEnvironment);
        this.loader = loader;
        this.mirrorProcessEnvironment = mirrorProcessEnvironment;
    }

    public static void main(String[] args) {
        PrintStream response = System.out;
        // stdout carries the response only: whatever else prints there (EMF metrics, libraries) goes to stderr
        System.setOut(System.err);
        LocalInvoke invoke = new LocalInvoke(response, System.err, ProjectRoot.find().resolve("template.yaml"),
                System.getenv(), LocalInvoke.class.getClassLoader(), true);
        int status = invoke.run(args);
        response.flush();
        System.err.flush();
        if (Boolean.getBoolean(FAST_EXIT_PROPERTY)) {
            // everything is written and flushed; shutdown hooks would only stop in-memory stand-ins gracefully
            Runtime.getRuntime().halt(status);
        }
        System.exit(status);
    }

    /** Runs one invocation; returns the exit status (0 ok, 1 function error, 2 usage, 3 setup). */
    int run(String... args) {
        Arguments arguments;
        FaultOptions faults;
        EnvVarsFile envVars;
        byte[] event;
        try {
            faults = FaultOptions.extract(args);
            arguments = Arguments.parse(faults.remaining());
            envVars = inventoryDefaults().overriddenBy(arguments.envVarsFile().isPresent()
                    ? EnvVarsFile.read(arguments.envVarsFile().get()) : EnvVarsFile.EMPTY);
            event = readEvent(arguments.eventFile());
            if (arguments.captureDir().isPresent()) {
                CaptureSink.prepare(arguments.captureDir().get());
            }
        } catch (UsageException e) {
            return usage(e.getMessage());
        }
        try {
            return invoke(arguments, faults, envVars, event);
        } catch (UnknownFunctionException e) {
            return usage(e.getMessage());
        } catch (TemplateException e) {
            err.println("local-invoke: " + templateFile + ": " + e.getMessage());
            return 3;
        } catch (SetupException e) {
            err.println("local-invoke: " + e.getMessage());
            return 3;
        }
    }

    private int invoke(Arguments arguments, FaultOptions faults, EnvVarsFile envVars, byte[] event) {
        timings.mark("main");
        Template template = Template.load(templateFile);
        FunctionReach reach = FunctionReach.of(template, arguments.functionId());
        CompletableFuture<AwsEndpoints> starting = startEndpoints(reach);
        FaultOptions.Fronted fronted = null;
        try {
            Map<String, String> parameters = declaredParameters(template, envVars);
            // handler class and event are prepared while the stand-ins start; region and account come from them
            StackSettings provisional = StackSettings.local(processRegion(), StackSettings.DEFAULT_ACCOUNT_ID, parameters);
            FunctionDefinition draft = FunctionReader.read(resolver(template, provisional, Map.of()),
                    arguments.functionId());
            // a function with a zip CodeUri runs from its zip, in a loader of its own (FunctionLoaders)
            ClassLoader functionLoader = FunctionLoaders.of(draft, loader);
            HandlerInvoker invoker = new HandlerInvoker(functionLoader);
            HandlerInvoker.Prepared prepared = invoker.prepare(draft, event);
            timings.mark("handler-prepared");

            AwsEndpoints endpoints = await(starting);
            StackSettings stack = StackSettings.local(endpoints.region().orElse(provisional.region()),
                    endpoints.accountId().orElse(StackSettings.DEFAULT_ACCOUNT_ID), parameters);
            List<StatefulResource> plan = StatefulResource.plan(resolver(template, stack, Map.of()), reach);
            Environment clientEnvironment = endpoints.clientEnvironment(processEnvironment, stack.region());
            Map<String, PhysicalIds.Provisioned> provisioned =
                    new ResourceProvisioner(clientEnvironment, endpoints, err, seeds()).provision(plan);
            timings.mark("resources-created");
            FunctionDefinition function = function(resolver(template, stack, provisioned), arguments, envVars);
            LocalContext context = new LocalContext(function, stack, new StreamLambdaLogger(err), Clock.systemUTC());
            fronted = faults.front(endpoints.environment(), err);
            Map<String, String> environment = LambdaEnvironment.of(function, stack, context, fronted.environment());
            install(environment);
            ClassLoader codeLoader = FunctionLoaders.code(functionLoader);
            FunctionLoaders.installEnvironment(codeLoader, environment);
            ZipCapture.connect(functionLoader, codeLoader);
            arguments.captureDir().ifPresent(dir -> CaptureSink.activate(
                    new CaptureSink(dir, err, new ObjectReader(clientEnvironment))));
            HandlerInvoker.Outcome outcome = invoker.invoke(prepared, context, function.timeoutSeconds());
            out.write(outcome.payload(), 0, outcome.payload().length);
            out.println();
            out.flush();
            timings.mark("response-written");
            printSummary(outcome.payload());
            return outcome.succeeded() ? 0 : 1;
        } finally {
            if (fronted != null) {
                fronted.summary().ifPresent(err::println);
                fronted.close().run();
            }
            CaptureSink.deactivate();
            // in-memory stand-ins: stopping them takes a second and changes nothing, so nobody waits for it
            starting.thenAcceptAsync(AwsEndpoints::close);
            timings.print(err);
        }
    }

    /** The report's headline and table after the logs, for the person at the terminal (stdout stays the response). */
    private void printSummary(byte[] response) {
        List<String> summary = ResponseSummary.of(response);
        if (!summary.isEmpty()) {
            err.println();
            summary.forEach(err::println);
            err.flush();
        }
    }

    /** The user's endpoints when any AWS_ENDPOINT_URL* is set, else the stand-ins the function can reach. */
    private CompletableFuture<AwsEndpoints> startEndpoints(FunctionReach reach) {
        if (usesExternalEndpoints()) {
            return CompletableFuture.completedFuture(AwsEndpoints.external(processEnvironment));
        }
        Optional<Path> inventory = Optional.ofNullable(processEnvironment.get(INVENTORY_VARIABLE))
                .filter(v -> !v.isBlank()).map(Path::of);
        return CompletableFuture.supplyAsync(() -> {
            AwsEndpoints started = EmbeddedEndpoints.start(inventory, reach.services());
            timings.mark("stand-ins-started");
            err.println("local-invoke: " + started.description() + "; calls to other AWS services, which the"
                    + " function's policies do not allow, go to " + started.environment().get(AwsClientFactory.ENDPOINT_URL)
                    + " and are refused");
            return started;
        });
    }

    /**
     * On the embedded stand-ins, the inventory's own {@value #INVENTORY_ENV_VARS} (same format as --env-vars): the
     * deployment parameters that match the account it serves, such as the demo account's vault, plan and roles.
     * The user's --env-vars file overrides it.
     */
    private EnvVarsFile inventoryDefaults() throws UsageException {
        if (usesExternalEndpoints()) {
            return EnvVarsFile.EMPTY;
        }
        Path defaults = inventoryFolder().resolve(INVENTORY_ENV_VARS);
        return Files.isRegularFile(defaults) ? EnvVarsFile.read(defaults) : EnvVarsFile.EMPTY;
    }

    /** The inventory, whose dynamodb/ and s3/ seed the tables and buckets, on the embedded stand-ins only. */
    private Optional<Path> seeds() {
        return usesExternalEndpoints() ? Optional.empty() : Optional.of(inventoryFolder());
    }

    private Path inventoryFolder() {
        return Optional.ofNullable(processEnvironment.get(INVENTORY_VARIABLE)).filter(v -> !v.isBlank())
                .map(Path::of).orElse(templateFile.toAbsolutePath().getParent().resolve("demo-account"));
    }

    private boolean usesExternalEndpoints() {
        return processEnvironment.entrySet().stream()
                .anyMatch(e -> e.getKey().startsWith(AwsClientFactory.ENDPOINT_URL) && !e.getValue().isBlank());
    }

    private static IntrinsicResolver resolver(Template template, StackSettings stack,
                                              Map<String, PhysicalIds.Provisioned> provisioned) {
        return new IntrinsicResolver(template, new PhysicalIds(template, stack, provisioned));
    }

    private FunctionDefinition function(IntrinsicResolver resolver, Arguments arguments, EnvVarsFile envVars) {
        Set<String> ignored = new TreeSet<>();
        FunctionDefinition function = LambdaEnvironment.withOverrides(
                FunctionReader.read(resolver, arguments.functionId()), envVars, ignored);
        if (!ignored.isEmpty()) {
            err.println("local-invoke: --env-vars values ignored because " + function.logicalId()
                    + "'s Environment in the template does not declare them (as in SAM): " + ignored);
        }
        Set<String> unused = new TreeSet<>(envVars.parameters().keySet());
        unused.removeAll(resolver.template().section("Parameters").keySet());
        unused.removeAll(function.environment().keySet());
        if (!unused.isEmpty()) {
            err.println("local-invoke: --env-vars \"Parameters\" entries that name no template parameter and no variable"
                    + " of " + function.logicalId() + " were ignored: " + unused);
        }
        return function;
    }

    private void install(Map<String, String> environment) {
        Environment.installOverlay(environment);
        if (mirrorProcessEnvironment && !ProcessEnvironment.mirror(environment)) {
            err.println("local-invoke: libraries reading System.getenv() directly (Powertools, log4j) do not see"
                    + " the function's environment; run through scripts/local-invoke to fix that");
        }
    }

    private static AwsEndpoints await(CompletableFuture<AwsEndpoints> starting) {
        try {
            return starting.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SetupException) {
                throw (SetupException) e.getCause();
            }
            throw new SetupException("Cannot start the embedded AWS stand-ins: " + e.getCause(), e.getCause());
        }
    }

    private String processRegion() {
        return Optional.ofNullable(processEnvironment.get("AWS_REGION")).filter(r -> !r.isBlank())
                .or(() -> Optional.ofNullable(processEnvironment.get("AWS_DEFAULT_REGION")).filter(r -> !r.isBlank()))
                .orElse("us-east-1");
    }

    /** The env-vars file's Parameters that name template parameters (the rest are environment overrides). */
    private static Map<String, String> declaredParameters(Template template, EnvVarsFile envVars) {
        Map<String, String> overrides = new LinkedHashMap<>();
        envVars.parameters().forEach((name, value) -> {
            if (template.section("Parameters").containsKey(name)) {
                overrides.put(name, value);
            }
        });
        return overrides;
    }

    private byte[] readEvent(Path eventFile) throws UsageException {
        try {
            if ("-".equals(eventFile.toString())) {
                try (InputStream in = System.in) {
                    return in.readAllBytes();
                }
            }
            return Files.readAllBytes(eventFile);
        } catch (IOException e) {
            throw new UsageException("event file " + eventFile + " cannot be read: " + e.getMessage());
        }
    }

    private int usage(String problem) {
        err.println("local-invoke: " + problem);
        err.println(Arguments.USAGE);
        err.println(FaultOptions.USAGE);
        return 2;
    }
}
