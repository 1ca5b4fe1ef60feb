package com.backupsentinel.local;

import com.amazonaws.services.lambda.runtime.serialization.events.LambdaEventSerializers;
import com.backupsentinel.coldstart.ColdStartRuntime;
import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.aws.DynamoDbClients;
import com.backupsentinel.shared.config.Environment;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;

/**
 * {@code scripts/bench-cold-start}: each function's deployable zip, unpacked as Lambda unpacks it, run in a fresh JVM
 * with the flags of Lambda's java runtimes (C1 only, serial GC, the JDK's class data sharing archive) from handler
 * construction to one real invocation against local endpoints; alternating with a Python boto3 peer making the
 * single call a Python function doing the same job would make. Prints wall times to the first response (medians),
 * the ratio, the classes loaded and by whom, the heap used, and the invocation after SnapStart's priming hooks.
 * It asserts nothing about time.
 *
 * <p>{@code [--runs N] [--moto URL] [--java PATH] [--python PATH] [FUNCTION_LOGICAL_ID ...]}. With {@code --moto}
 * DynamoDB and SNS calls go to that moto server (the wrapper starts one when moto_server is installed); everything
 * else goes to the embedded stand-ins serving demo-account/.
 */
public final class ColdStartBench {

    private static final Set<String> MOTO_SERVICES = Set.of("DYNAMODB", "SNS");
    private static final Pattern FIGURE = Pattern.compile("(\\w+)=(\\d+)");
    private static final Pattern PEER_CPU = Pattern.compile("\"cpu_ms\": ?(\\d+)");
    private static final Pattern PRIME_ERROR = Pattern.compile("prime_error=(\\S+)");

    private final Path root;
    private final Template template;
    private final Options options;
    private final PrintStream out;
    private final Path work;

    private ColdStartBench(Path root, Options options, PrintStream out, Path work) {
        this.root = root;
        this.template = Template.load(root.resolve("template.yaml"));
        this.options = options;
        this.out = out;
        this.work = work;
    }

    /** Command-line options. */
    record Options(int runs, Optional<String> moto, String java, String python, Optional<Path> classLogs,
                   List<String> functions) {

        static Options parse(String... args) {
            int runs = 5;
            Optional<String> moto = Optional.empty();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String python = "python3";
            Optional<Path> classLogs = Optional.empty();
            List<String> functions = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--runs" -> runs = Integer.parseInt(args[++i]);
                    case "--moto" -> moto = Optional.of(args[++i]);
                    case "--java" -> java = args[++i];
                    case "--python" -> python = args[++i];
                    case "--class-logs" -> classLogs = Optional.of(Path.of(args[++i]));
                    default -> functions.add(args[i]);
                }
            }
            if (functions.isEmpty()) {
                ColdStartCase.DEFAULTS.forEach(c -> functions.add(c.functionId()));
            }
            return new Options(runs, moto, java, python, classLogs, List.copyOf(functions));
        }
    }

    public static void main(String[] args) throws IOException {
        Options options = Options.parse(args);
        Path work = Files.createTempDirectory("cold-start-");
        try {
            new ColdStartBench(ProjectRoot.find(), options, System.out, work).run();
        } finally {
            try (Stream<Path> paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(0);
    }

    private void run() throws IOException {
        Path shim = shimJar(work);
        String javaVersion = TimedProcess.run(List.of(options.java(), "-XshowSettings:properties", "-version"),
                Map.of(), work).stderr().lines().filter(l -> l.contains("java.runtime.version"))
                .map(l -> l.replaceAll(".*= ", "")).findFirst().orElse("?");
        boolean boto3 = TimedProcess.run(List.of(options.python(), "-c", "import boto3"),
                Map.of("PATH", System.getenv().getOrDefault("PATH", "")), work).exitStatus() == 0;
        out.printf(Locale.ROOT, "Cold start: fresh JVM -> handler constructed -> first response, from each deployable zip"
                + "%n  java %s, %s; %d CPUs, load %s; %d alternating runs per function; endpoints: %s%n",
                javaVersion, String.join(" ", lambdaFlags(1024)), Runtime.getRuntime().availableProcessors(),
                loadAverage(), options.runs(), options.moto().map(m -> "moto " + m + " (DynamoDB, SNS) + embedded"
                        + " stand-ins (the rest)").orElse("embedded stand-ins"));
        if (!boto3) {
            out.println("  python peer: boto3 is not importable by " + options.python()
                    + " here, so the ratio to a Python function could not be measured");
        }
        for (String functionId : options.functions()) {
            ColdStartCase benchCase = ColdStartCase.forFunction(functionId).orElseThrow(() ->
                    new IllegalArgumentException("no benchmark case for " + functionId + "; known: "
                            + ColdStartCase.DEFAULTS.stream().map(ColdStartCase::functionId).toList()));
            runCase(benchCase, shim, boto3);
        }
    }

    private void runCase(ColdStartCase benchCase, Path shim, boolean boto3) {
        FunctionReach reach = FunctionReach.of(template, benchCase.functionId());
        Set<String> standIns = new HashSet<>(reach.services());
        if (options.moto().isPresent()) {
            standIns.removeAll(MOTO_SERVICES);
        }
        try (EmbeddedEndpoints embedded = EmbeddedEndpoints.start(Optional.empty(), standIns)) {
            Map<String, String> endpointEnvironment = new LinkedHashMap<>(embedded.environment());
            options.moto().ifPresent(moto -> MOTO_SERVICES.stream().filter(reach.services()::contains)
                    .forEach(service -> endpointEnvironment.put(AwsClientFactory.ENDPOINT_URL + "_" + service, moto)));
            String region = endpointEnvironment.get(AwsClientFactory.REGION);
            String account = embedded.accountId().orElse(StackSettings.DEFAULT_ACCOUNT_ID);
            AwsEndpoints endpoints = fixed(endpointEnvironment, reach.services(), account);
            StackSettings stack = StackSettings.local(region, account, Map.of());
            Environment clients = endpoints.clientEnvironment(Map.of(), region);
            Map<String, PhysicalIds.Provisioned> provisioned = new ResourceProvisioner(clients, endpoints,
                    new PrintStream(PrintStream.nullOutputStream()), Optional.of(root.resolve("demo-account/dynamodb")))
                    .provision(StatefulResource.plan(resolver(stack, Map.of()), reach));
            FunctionDefinition function = FunctionReader.read(resolver(stack, provisioned), benchCase.functionId());
            Path zip = function.codeUri().orElseThrow(() -> new IllegalStateException(benchCase.functionId()
                    + " has no local CodeUri"));
            FunctionCode code = FunctionCode.unpack(zip);
            LocalContext context = new LocalContext(function, stack, new StreamLambdaLogger(System.err),
                    Clock.systemUTC());
            Map<String, String> environment = childEnvironment(function, stack, context, endpointEnvironment);
            measure(benchCase, function, zip, code, shim, environment, clients, boto3);
        }
    }

    private void measure(ColdStartCase benchCase, FunctionDefinition function, Path zip, FunctionCode code, Path shim,
                         Map<String, String> environment, Environment clients, boolean boto3) {
        Path event = root.resolve(benchCase.event());
        List<String> java = javaCommand(function, code, shim, event, List.of());
        List<String> python = List.of(options.python(), root.resolve("scripts/bench/boto3-peer.py").toString(),
                benchCase.peerService(), benchCase.peerOperation(), benchCase.peerParams(environment));
        out.printf(Locale.ROOT, "%n%s (%s, %s), zip %.1f MB%n", function.logicalId(), root.relativize(event),
                function.handlerClass(), sizeMb(zip));
        List<Long> javaTimes = new ArrayList<>();
        List<Long> javaCpu = new ArrayList<>();
        List<Long> pythonTimes = new ArrayList<>();
        List<Long> pythonCpu = new ArrayList<>();
        List<Map<String, Long>> figures = new ArrayList<>();
        for (int run = 1; run <= options.runs(); run++) {
            emptyTables(benchCase, environment, clients);
            TimedProcess.Result javaRun = check(function.logicalId(), TimedProcess.run(java, environment, work));
            javaTimes.add(javaRun.millis());
            figures.add(figures(javaRun.stderr()));
            javaCpu.add(figures.get(figures.size() - 1).getOrDefault("cpu_ms", -1L));
            String line = String.format(Locale.ROOT, "  run %d: java %5d ms (init %d, invoke %d; cpu %d)", run,
                    javaRun.millis(), figures.get(figures.size() - 1).get("init_ms"),
                    figures.get(figures.size() - 1).get("invoke_ms"), javaCpu.get(javaCpu.size() - 1));
            if (boto3) {
                TimedProcess.Result pythonRun = check("python peer", TimedProcess.run(python, environment, work));
                pythonTimes.add(pythonRun.millis());
                pythonCpu.add(peerCpuMillis(pythonRun.firstLine()));
                line += String.format(Locale.ROOT, " | python %4d ms (cpu %d; boto3 %s.%s)", pythonRun.millis(),
                        pythonCpu.get(pythonCpu.size() - 1), benchCase.peerService(), benchCase.peerOperation());
            }
            out.println(line);
        }
        long javaMedian = median(javaTimes);
        String summary = String.format(Locale.ROOT, "  median: java %d ms (init %d ms, invoke %d ms)", javaMedian,
                median(figures.stream().map(f -> f.get("init_ms")).toList()),
                median(figures.stream().map(f -> f.get("invoke_ms")).toList()));
        if (boto3) {
            long pythonMedian = median(pythonTimes);
            summary += String.format(Locale.ROOT, ", python %d ms: ratio %.2fx", pythonMedian,
                    (double) javaMedian / pythonMedian);
        }
        out.println(summary);
        out.println(cpuSummary(javaCpu, boto3 ? pythonCpu : List.of()));
        if (boto3) {
            measureWithTlsSetup(benchCase, function.logicalId(), java, python, environment, clients);
        }

        emptyTables(benchCase, environment, clients);
        Path classLog = work.resolve(function.logicalId() + "-classes.log");
        check(function.logicalId(), TimedProcess.run(javaCommand(function, code, shim, event,
                List.of("-Xlog:class+load=info:file=" + classLog)), environment, work));
        ClassLoadLog classes = ClassLoadLog.read(classLog, code.root());
        if (options.classLogs().isPresent()) {
            try {
                Files.createDirectories(options.classLogs().get());
                Files.copy(classLog, options.classLogs().get().resolve(classLog.getFileName()),
                        StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        int jdk = classes.bySource().getOrDefault(ClassLoadLog.JDK, 0);
        int generated = classes.bySource().getOrDefault(ClassLoadLog.GENERATED, 0);
        int runtime = classes.bySource().getOrDefault(ClassLoadLog.RUNTIME, 0);
        out.printf(Locale.ROOT, "  classes loaded: %d (JDK %d, generated %d, runtime shim %d, from the zip %d);"
                + " largest: %s%n", classes.total(), jdk, generated, runtime,
                classes.total() - jdk - generated - runtime, classes.largest(8));
        out.printf(Locale.ROOT, "  heap used after the invocation: %.1f MB (median)%n",
                median(figures.stream().map(f -> f.get("heap_used_kb")).toList()) / 1024.0);

        measureSnapStart(benchCase, function, code, shim, event, environment, clients,
                median(figures.stream().map(f -> f.get("invoke_ms")).toList()));
    }

    /** The invocation after SnapStart's hooks (priming before the snapshot, restore), against the unprimed one. */
    private void measureSnapStart(ColdStartCase benchCase, FunctionDefinition function, FunctionCode code, Path shim,
                                  Path event, Map<String, String> environment, Environment clients, long unprimed) {
        List<Long> primedInvokes = new ArrayList<>();
        List<Long> primes = new ArrayList<>();
        String primeError = "";
        for (int run = 1; run <= Math.max(1, options.runs() / 2); run++) {
            emptyTables(benchCase, environment, clients);
            String stderr = check(function.logicalId(), TimedProcess.run(withPrime(javaCommand(function, code, shim,
                    event, List.of())), snapStartInit(environment), work)).stderr();
            Map<String, Long> primed = figures(stderr);
            Matcher error = PRIME_ERROR.matcher(stderr);
            primeError = error.find() ? error.group(1).replace('_', ' ') : "";
            primedInvokes.add(primed.get("invoke_ms"));
            primes.add(primed.get("prime_ms"));
        }
        if (!primeError.isEmpty()) {
            out.println("  SnapStart priming FAILED (Lambda would not publish the version): " + primeError);
        }
        out.printf(Locale.ROOT, "  SnapStart path (CRaC beforeCheckpoint + afterRestore, then the invocation): priming"
                + " %d ms before the snapshot, invocation after restore %d ms (unprimed %d ms)%n", median(primes),
                median(primedInvokes), unprimed);
    }

    /**
     * The local endpoints are plain http, so neither side sets up TLS there; an https endpoint adds it to the first
     * call, on both sides: alternating pairs with it done inside the timed invocation (the SDK's SSLContext and the
     * JDK's trust store; botocore's SSL context with its CA bundle loaded).
     */
    private void measureWithTlsSetup(ColdStartCase benchCase, String functionId, List<String> java,
                                     List<String> python, Map<String, String> environment, Environment clients) {
        List<String> javaWithTls = new ArrayList<>(java);
        javaWithTls.add("--tls-setup");
        Map<String, String> pythonEnvironment = new LinkedHashMap<>(environment);
        pythonEnvironment.put("BOTO3_PEER_TLS_SETUP", "1");
        List<Long> javaTimes = new ArrayList<>();
        List<Long> pythonTimes = new ArrayList<>();
        for (int run = 1; run <= Math.max(1, options.runs() / 2); run++) {
            emptyTables(benchCase, environment, clients);
            javaTimes.add(check(functionId, TimedProcess.run(javaWithTls, environment, work)).millis());
            pythonTimes.add(check("python peer", TimedProcess.run(python, pythonEnvironment, work)).millis());
        }
        long javaMedian = median(javaTimes);
        long pythonMedian = median(pythonTimes);
        out.printf(Locale.ROOT, "  with the TLS set-up an https endpoint adds to the first call (SDK SSLContext and"
                + " the JDK trust store; botocore's CA bundle): java %d ms, python %d ms: ratio %.2fx (%d runs)%n",
                javaMedian, pythonMedian, (double) javaMedian / pythonMedian, javaTimes.size());
    }

    /**
     * The CPU time each side had used by its response, all threads (each process reports its own: the JVM in its
     * figures line, in the platform's clock ticks, 10 ms on Linux; the peer in its response line). It is what a function
     * with less than one vCPU (1,024 MB has about 0.6) pays in wall time too, where this 2-core machine runs the JVM's
     * compiler and collector threads beside the function's thread for free.
     */
    static String cpuSummary(List<Long> javaCpu, List<Long> pythonCpu) {
        if (javaCpu.isEmpty() || javaCpu.contains(-1L) || pythonCpu.contains(-1L)) {
            return "  cpu: not reported by this platform";
        }
        long java = median(javaCpu);
        if (pythonCpu.isEmpty()) {
            return String.format(Locale.ROOT, "  cpu used by the response (all threads): java %d ms", java);
        }
        long python = median(pythonCpu);
        return String.format(Locale.ROOT, "  cpu used by the response (all threads): java %d ms, python %d ms: ratio"
                + " %.2fx", java, python, (double) java / Math.max(1, python));
    }

    /** The CPU time the Python peer reports in its response line ({@code "cpu_ms": N}), or -1. */
    static long peerCpuMillis(String responseLine) {
        Matcher matcher = PEER_CPU.matcher(responseLine == null ? "" : responseLine);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1L;
    }

    /** The environment of SnapStart's own initialisation, the one its snapshot is taken after. */
    private static Map<String, String> snapStartInit(Map<String, String> environment) {
        Map<String, String> snapStart = new LinkedHashMap<>(environment);
        snapStart.put("AWS_LAMBDA_INITIALIZATION_TYPE", "snap-start");
        return snapStart;
    }

    private static List<String> withPrime(List<String> command) {
        List<String> primed = new ArrayList<>(command);
        primed.add("--prime");
        return primed;
    }

    private List<String> javaCommand(FunctionDefinition function, FunctionCode code, Path shim, Path event,
                                     List<String> extraFlags) {
        List<String> command = new ArrayList<>();
        command.add(options.java());
        command.addAll(lambdaFlags(function.memoryMb()));
        command.addAll(extraFlags);
        List<String> classpath = new ArrayList<>();
        classpath.add(shim.toString());
        classpath.add(location(LambdaEventSerializers.class).toString());
        code.classpath().forEach(entry -> classpath.add(entry.toString()));
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classpath));
        command.add(ColdStartRuntime.class.getName());
        command.add(function.handlerClass());
        command.add(event.toString());
        return command;
    }

    /**
     * What Lambda's java17/java21 runtimes start the JVM with, minus their own agent and archive paths, on a machine
     * with the function's memory: the JVM sizes its initial heap from the machine's memory (1/64 of it), and Lambda's
     * micro-VM has the function's memory, 1,024 MB for the notifier, so its heap starts at 16 MB and collects its young
     * generation several times on the way to the first response. {@code -XX:MaxRAM} gives this machine's JVM that
     * memory, where its 24 GB would start the heap at 384 MB and hide those collections.
     */
    static List<String> lambdaFlags(int memoryMb) {
        return List.of("-XX:MaxRAM=" + memoryMb + "m", "-XX:MaxHeapSize=" + (memoryMb * 85 / 100) + "m",
                "-XX:+UseSerialGC", "-Xshare:auto",
                "-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1", "--add-opens=java.base/java.io=ALL-UNNAMED",
                "-Dorg.crac.Core.Compat=com.backupsentinel.coldstart.crac", "-Djava.net.preferIPv4Stack=true",
                "-XX:+ErrorFileToStderr");
    }

    private Map<String, String> childEnvironment(FunctionDefinition function, StackSettings stack, LocalContext context,
                                                 Map<String, String> endpoints) {
        Map<String, String> environment = new LinkedHashMap<>(LambdaEnvironment.of(function, stack, context, endpoints));
        environment.remove("AWS_SAM_LOCAL");
        environment.put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        environment.put("LANG", "en_US.UTF-8");
        environment.put("HOME", work.toString());
        environment.put("COLD_START_FUNCTION_ARN", function.functionArn(stack));
        return environment;
    }

    /** Deletes every item of the tables the case names, so each run does the same work as the first. */
    private static void emptyTables(ColdStartCase benchCase, Map<String, String> environment, Environment clients) {
        if (benchCase.tablesToEmpty().isEmpty()) {
            return;
        }
        try (DynamoDbClient dynamoDb = DynamoDbClients.build(AwsClientFactory.fromEnvironment(clients))) {
            for (String variable : benchCase.tablesToEmpty()) {
                String table = environment.get(variable);
                List<String> keys = dynamoDb.describeTable(r -> r.tableName(table)).table().keySchema().stream()
                        .map(KeySchemaElement::attributeName).toList();
                for (Map<String, AttributeValue> item : dynamoDb.scanPaginator(r -> r.tableName(table)).items()) {
                    Map<String, AttributeValue> key = new LinkedHashMap<>();
                    keys.forEach(name -> key.put(name, item.get(name)));
                    dynamoDb.deleteItem(r -> r.tableName(table).key(key));
                }
            }
        }
    }

    private static TimedProcess.Result check(String what, TimedProcess.Result result) {
        if (!result.succeeded()) {
            throw new IllegalStateException(what + " failed with exit status " + result.exitStatus() + ":\n"
                    + tail(result.stderr()));
        }
        return result;
    }

    private static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static Map<String, Long> figures(String stderr) {
        String line = stderr.lines().filter(l -> l.startsWith("cold-start-figures:")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no figures from the run:\n" + tail(stderr)));
        Map<String, Long> figures = new LinkedHashMap<>();
        Matcher matcher = FIGURE.matcher(line);
        while (matcher.find()) {
            figures.put(matcher.group(1), Long.parseLong(matcher.group(2)));
        }
        return figures;
    }

    private IntrinsicResolver resolver(StackSettings stack, Map<String, PhysicalIds.Provisioned> provisioned) {
        return new IntrinsicResolver(template, new PhysicalIds(template, stack, provisioned));
    }

    private static AwsEndpoints fixed(Map<String, String> environment, Set<String> services, String accountId) {
        Map<String, String> copy = Map.copyOf(environment);
        return new AwsEndpoints() {
            @Override
            public Map<String, String> environment() {
                return copy;
            }

            @Override
            public String description() {
                return "the benchmark's endpoints";
            }

            @Override
            public Optional<String> accountId() {
                return Optional.of(accountId);
            }

            @Override
            public boolean serves(String serviceId) {
                return services.contains(serviceId) && copy.containsKey(AwsClientFactory.ENDPOINT_URL + "_" + serviceId);
            }

            @Override
            public void close() {
                // the embedded endpoints are closed by their owner
            }
        };
    }

    /**
     * The runtime shim's classes, alone in a jar: nothing else of local invoke may be on the function's path, and a jar,
     * as Lambda's runtime is (its jars in /var/runtime/lib): a folder first on the classpath would cost every class of
     * the function a look-up in it that Lambda does not make.
     */
    static Path shimJar(Path work) throws IOException {
        Path jarFile = work.resolve("runtime.jar");
        String packagePath = ColdStartRuntime.class.getPackageName().replace('.', '/');
        Path source = location(ColdStartRuntime.class);
        try (OutputStream file = Files.newOutputStream(jarFile); JarOutputStream out = new JarOutputStream(file)) {
            if (Files.isDirectory(source)) {
                copyClasses(source.resolve(packagePath), packagePath, out);
            } else {
                try (FileSystem jar = FileSystems.newFileSystem(source)) {
                    copyClasses(jar.getPath(packagePath), packagePath, out);
                }
            }
        }
        return jarFile;
    }

    private static void copyClasses(Path from, String packagePath, JarOutputStream out) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".class")).sorted().toList()) {
                String relative = from.relativize(file).toString().replace(from.getFileSystem().getSeparator(), "/");
                out.putNextEntry(new JarEntry(packagePath + "/" + relative));
                try (InputStream in = Files.newInputStream(file)) {
                    in.transferTo(out);
                }
                out.closeEntry();
            }
        }
    }

    private static Path location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double sizeMb(Path file) {
        try {
            return Files.size(file) / 1_000_000.0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException | RuntimeException e) {
            return "n/a";
        }
    }
}
