package com.backupsentinel.local;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.aws.S3Clients;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.standins.org.OrgEstate;
import com.backupsentinel.standins.org.OrgStandIns;
import com.backupsentinel.standins.org.PlantedFailure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code scripts/local-org-run --accounts N --regions R [--capture DIR]}: the org validation state machine run on the
 * embedded stand-ins, without Step Functions or an AWS account. It generates an organisation of N member accounts
 * ({@link OrgEstate}, failures planted), starts the org stand-ins (S3, SNS, Organizations, STS, AWS Backup and tagging
 * per member account), creates the bucket and topic, then runs what the state machine runs: the plan function (from
 * its zip, with the PlanShards task's payload, Retry and ResultSelector), which lists the organisation through the
 * Organizations stand-in and writes the items file; the items read back as the Distributed Map's ItemReader reads them
 * (S3 GetObject, a JSON array); each item through the template's ItemSelector and run by the shard function in this
 * JVM ({@code concurrency} warm execution environments) with the template's Retry and Catch; the results written as
 * the ResultWriter writes them; and the aggregator run on them. Prints the plan, the org report's headline, where the
 * planted failures ranked, and the timings; function logs go to a file.
 */
public final class LocalOrgRun {

    static final String PLAN = "OrgValidationPlanFunction";
    static final String SHARD = "OrgValidationShardFunction";
    static final String AGGREGATOR = "OrgValidationAggregatorFunction";
    static final String EXTERNAL_ID = "backup-sentinel-local-org-run";
    /** Shards at once by default: the template's OrgMaxConcurrency, bounded for a laptop. */
    static final int LOCAL_CONCURRENCY = 16;
    /** Child executions per ResultWriter file, so that runs of a few hundred shards read several files. */
    static final int EXECUTIONS_PER_FILE = 500;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter RUN_NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final PrintStream out;
    private final PrintStream logs;
    private final Path templateFile;
    private LogSink logSink = new LogSink();

    LocalOrgRun(PrintStream out, PrintStream logs, Path templateFile) {
        this.out = out;
        this.logs = logs;
        this.templateFile = templateFile;
    }

    public static void main(String[] args) {
        PrintStream terminal = System.out;
        LogSink sink = new LogSink();
        PrintStream logs = new PrintStream(sink, true, StandardCharsets.UTF_8);
        // the functions' logs (hundreds of shards) go to DIR/logs/functions.log with --capture, else nowhere; the
        // terminal gets the run's own lines
        System.setOut(logs);
        System.setErr(logs);
        LocalOrgRun run = new LocalOrgRun(terminal, logs, ProjectRoot.find().resolve("template.yaml"));
        run.logSink = sink;
        int status = run.run(args);
        terminal.flush();
        logs.flush();
        sink.closeTarget();
        Runtime.getRuntime().halt(status);
    }

    /** Runs the fan-out; returns the exit status (0 ok, 1 the run failed, 2 usage, 3 setup). */
    int run(String... args) {
        OrgRunArguments arguments;
        try {
            arguments = OrgRunArguments.parse(args);
            if (arguments.captureDir().isPresent()) {
                CaptureSink.prepare(arguments.captureDir().get());
                Path logFile = arguments.captureDir().get().resolve("logs").resolve("functions.log");
                logSink.writeTo(logFile);
                out.println("local-org-run: function logs in " + logFile);
            }
        } catch (UsageException e) {
            out.println("local-org-run: " + e.getMessage());
            out.println(OrgRunArguments.USAGE);
            return 2;
        }
        try {
            return fanOut(arguments).succeeded() ? 0 : 1;
        } catch (TemplateException | SetupException | HandlerLoadException e) {
            out.println("local-org-run: " + e.getMessage());
            return 3;
        } finally {
            CaptureSink.deactivate();
        }
    }

    /**
     * The run's result: the aggregator's response (empty when the plan or the Map Run failed), the plan function's
     * answer, the child executions and the timings.
     */
    record Result(Optional<JsonNode> response, Optional<JsonNode> plan, List<ChildExecution> children,
                  long planMillis, long mapMillis, long aggregateMillis) {

        boolean succeeded() {
            return response.isPresent();
        }
    }

    Result fanOut(OrgRunArguments arguments) throws HandlerLoadException {
        long begin = System.nanoTime();
        Template template = Template.load(templateFile);
        OrgStateMachine machine = OrgStateMachine.read(template);
        OrgEstate estate = OrgEstate.generate(arguments.accounts(), arguments.regions(), Instant.now());
        Map<String, String> parameters = parameters(estate);
        try (OrgStandIns aws = OrgStandIns.start(estate, Optional.of(EXTERNAL_ID), Clock.systemUTC())) {
            OrgEndpoints endpoints = new OrgEndpoints(aws, OrgEstate.CENTRAL_ACCOUNT_ID);
            StackSettings stack = StackSettings.local(aws.region(), OrgEstate.CENTRAL_ACCOUNT_ID, parameters);
            Environment clientEnvironment = endpoints.clientEnvironment(Map.of(), stack.region());
            IntrinsicResolver resolver = provision(template, stack, endpoints, clientEnvironment);
            FunctionDefinition planFunction = FunctionReader.read(resolver, PLAN);
            FunctionDefinition shardFunction = FunctionReader.read(resolver, SHARD);
            FunctionDefinition aggregatorFunction = FunctionReader.read(resolver, AGGREGATOR);
            arguments.captureDir().ifPresent(dir -> CaptureSink.activate(new CaptureSink(dir, logs,
                    new ObjectReader(clientEnvironment))));
            String bucket = String.valueOf(aggregatorFunction.environment().get("REPORT_BUCKET"));
            int concurrency = arguments.maxConcurrency().orElse(Math.min(LOCAL_CONCURRENCY,
                    (int) parameterDefault(template, "OrgMaxConcurrency")));
            out.printf(Locale.ROOT, "local-org-run: %d member accounts x %d regions = %d shards, %d at once; planted: %s%n",
                    estate.accounts().size(), estate.regions().size(), estate.accounts().size() * estate.regions().size(),
                    concurrency, describe(estate.planted()));

            String machineArn = stack.arn("states", "stateMachine:" + stack.stackName() + "-org-validation", true, true);
            ObjectNode execution = execution(machineArn);
            ObjectNode context = JSON.createObjectNode();
            context.set("Execution", execution);

            // the plan function, from its zip, as the PlanShards task runs it; then the items as the ItemReader reads them
            ObjectNode state = JSON.createObjectNode();
            state.putObject("settings").put("maxConcurrency", concurrency)
                    .put("toleratedFailurePercentage", parameterDefault(template, "OrgToleratedFailurePercentage"));
            Optional<Planned> planned = plan(machine, planFunction, stack, endpoints, clientEnvironment, state,
                    context, arguments.timeScale());
            if (planned.isEmpty()) {
                return new Result(Optional.empty(), Optional.empty(), List.of(), 0, 0, 0);
            }
            JsonNode plan = planned.get().answer();
            long planMillis = planned.get().millis();
            List<ObjectNode> items = planned.get().items().items();

            // each function runs from its built zip, in a loader of its own, as local invoke runs it
            ClassLoader shardLoader = install(shardFunction, stack, endpoints);
            WarmFunction shard = new WarmFunction(shardFunction, stack, shardLoader, logs);
            long mapStart = System.nanoTime();
            List<ChildExecution> children = new LocalMapRun(machine, shard, throttles(estate), concurrency,
                    arguments.timeScale()).run(items, planned.get().state(), execution,
                    done -> progress(done, items.size()));
            long mapMillis = (System.nanoTime() - mapStart) / 1_000_000;
            long failed = children.stream().filter(child -> !child.succeeded()).count();
            double tolerated = parameterDefault(template, "OrgToleratedFailurePercentage");
            if (failed * 100.0 / children.size() > tolerated) {
                out.printf(Locale.ROOT, "local-org-run: the Map Run failed: States.ExceedToleratedFailureThreshold"
                        + " (%d of %d child executions failed, %.0f%% tolerated)%n", failed, children.size(), tolerated);
                return new Result(Optional.empty(), Optional.of(plan), children, planMillis, mapMillis, 0);
            }
            ObjectNode payload = JsonPaths.apply(machine.aggregatePayload(), writeResults(machine, stack,
                    clientEnvironment, bucket, machineArn, children), context);

            ClassLoader aggregatorLoader = install(aggregatorFunction, stack, endpoints);
            long aggregateStart = System.nanoTime();
            HandlerInvoker.Outcome outcome = new WarmFunction(aggregatorFunction, stack, aggregatorLoader, logs)
                    .invoke(payload.toString().getBytes(StandardCharsets.UTF_8));
            long aggregateMillis = (System.nanoTime() - aggregateStart) / 1_000_000;
            JsonNode response = JSON.readTree(outcome.payload());
            if (!outcome.succeeded()) {
                out.println("local-org-run: the aggregator failed: " + response.path("errorType").asText() + ": "
                        + response.path("errorMessage").asText());
                return new Result(Optional.empty(), Optional.of(plan), children, planMillis, mapMillis,
                        aggregateMillis);
            }
            report(response, estate, children, planMillis, mapMillis, aggregateMillis,
                    (System.nanoTime() - begin) / 1_000_000, arguments.captureDir());
            return new Result(Optional.of(response), Optional.of(plan), children, planMillis, mapMillis,
                    aggregateMillis);
        } catch (IOException e) {
            throw new SetupException("local-org-run: " + e.getMessage(), e);
        }
    }

    /** The template parameters of the run: org validation on, the generated organisation and its regions. */
    private static Map<String, String> parameters(OrgEstate estate) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("OrgValidation", "enabled");
        parameters.put("OrganizationId", OrgEstate.ORGANIZATION_ID);
        parameters.put("OrgExternalId", EXTERNAL_ID);
        parameters.put("OrgRegions", String.join(",", estate.regions()));
        // the management account runs the central stack and has no member role: excluded, as docs/org-scale.md says
        parameters.put("OrgExcludedAccounts", OrgEstate.CENTRAL_ACCOUNT_ID);
        return parameters;
    }

    /** The context object's Execution: a run named local-yyyyMMdd-HHmmss, started now. */
    private static ObjectNode execution(String machineArn) {
        String runId = "local-" + RUN_NAME.format(Instant.now());
        Instant startedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        return JSON.createObjectNode().put("Id", machineArn.replace(":stateMachine:", ":execution:") + ":" + runId)
                .put("Name", runId).put("StartTime", startedAt.toString());
    }

    /** The Map's results as its ResultWriter writes them; answers the Map's output (MapRunArn, ResultWriterDetails). */
    private static ObjectNode writeResults(OrgStateMachine machine, StackSettings stack, Environment clientEnvironment,
                                           String bucket, String machineArn, List<ChildExecution> children) {
        String mapRunArn = stack.arn("states", "mapRun:" + stack.stackName() + "-org-validation/ValidateShards:"
                + UUID.randomUUID(), true, true);
        String manifest;
        try (S3Client s3 = S3Clients.build(AwsClientFactory.fromEnvironment(clientEnvironment))) {
            manifest = ResultWriterFiles.write(s3, bucket, machine.resultWriterPrefix(), mapRunArn, machineArn,
                    children, EXECUTIONS_PER_FILE);
        }
        ObjectNode mapOutput = JSON.createObjectNode().put("MapRunArn", mapRunArn);
        mapOutput.putObject("ResultWriterDetails").put("Bucket", bucket).put("Key", manifest);
        return mapOutput;
    }

    /** The plan's outcome: the state after PlanShards, the function's answer, the items the Map reads, its time. */
    private record Planned(ObjectNode state, JsonNode answer, ItemReaderFile.Items items, long millis) {
    }

    /**
     * PlanShards as the state machine runs it on {@code state} (the Settings), then the ItemReader; empty (and said
     * why) when the plan failed.
     */
    private Optional<Planned> plan(OrgStateMachine machine, FunctionDefinition function, StackSettings stack,
                                   AwsEndpoints endpoints, Environment clientEnvironment, ObjectNode state,
                                   ObjectNode context, double timeScale) throws HandlerLoadException, IOException {
        long start = System.nanoTime();
        LocalPlanTask.Outcome planned = LocalPlanTask.run(machine, new WarmFunction(function, stack,
                install(function, stack, endpoints), logs), state, context, timeScale);
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (!planned.succeeded()) {
            TaskFailure failure = planned.failure().orElseThrow();
            out.println("local-org-run: the plan failed after " + planned.invocations() + " invocation(s): "
                    + failure.error() + ": " + JSON.readTree(failure.cause()).path("errorMessage").asText());
            return Optional.empty();
        }
        ItemReaderFile.Items items;
        try (S3Client s3 = S3Clients.build(AwsClientFactory.fromEnvironment(clientEnvironment))) {
            items = ItemReaderFile.read(s3, machine, planned.state().get(), context);
        }
        JsonNode answer = planned.answer().orElseThrow();
        out.printf(Locale.ROOT, "local-org-run: planned %d shards in %.1f s: %d accounts listed by Organizations, %d"
                + " not ACTIVE, %d excluded; the Map reads %d items (%,d bytes) from s3://%s/%s%n",
                answer.path("shards").asInt(), millis / 1000.0, answer.path("listedAccounts").asInt(),
                answer.path("notActiveAccounts").asInt(), answer.path("excludedAccounts").asInt(),
                items.items().size(), items.bytes(), items.bucket(), items.key());
        return Optional.of(new Planned(planned.state().get(), answer, items, millis));
    }

    /** Creates the bucket and topic the three functions reference; answers the resolver that knows their names. */
    private IntrinsicResolver provision(Template template, StackSettings stack, AwsEndpoints endpoints,
                                        Environment clientEnvironment) {
        Set<StatefulResource> plan = new LinkedHashSet<>();
        for (String function : List.of(PLAN, SHARD, AGGREGATOR)) {
            plan.addAll(StatefulResource.plan(resolver(template, stack, Map.of()), FunctionReach.of(template, function)));
        }
        Map<String, PhysicalIds.Provisioned> provisioned = new ResourceProvisioner(clientEnvironment, endpoints, logs,
                Optional.empty()).provision(List.copyOf(plan));
        return resolver(template, stack, provisioned);
    }

    static LambdaThrottles throttles(OrgEstate estate) {
        Map<String, Integer> throttled = new LinkedHashMap<>();
        for (PlantedFailure failure : estate.planted()) {
            if (failure.kind() == PlantedFailure.Kind.LAMBDA_THROTTLED) {
                throttled.put(failure.accountId() + "/" + estate.regions().get(failure.regionIndex()),
                        Integer.MAX_VALUE);
            } else if (failure.kind() == PlantedFailure.Kind.LAMBDA_THROTTLED_ONCE_RETRIED) {
                throttled.put(failure.accountId() + "/" + estate.regions().get(failure.regionIndex()), 2);
            }
        }
        return new LambdaThrottles(throttled);
    }

    /** The function's loader (its zip's), with the function's environment installed in it. */
    private ClassLoader install(FunctionDefinition function, StackSettings stack, AwsEndpoints endpoints) {
        LocalContext context = new LocalContext(function, stack, new StreamLambdaLogger(logs), Clock.systemUTC());
        Map<String, String> environment = LambdaEnvironment.of(function, stack, context, endpoints.environment());
        Environment.installOverlay(environment);
        ProcessEnvironment.mirror(environment);
        ClassLoader loader = FunctionLoaders.of(function, LocalOrgRun.class.getClassLoader());
        ClassLoader codeLoader = FunctionLoaders.code(loader);
        FunctionLoaders.installEnvironment(codeLoader, environment);
        ZipCapture.connect(loader, codeLoader);
        return loader;
    }

    private void report(JsonNode response, OrgEstate estate, List<ChildExecution> children, long planMillis,
                        long mapMillis, long aggregateMillis, long totalMillis, Optional<Path> capture) {
        out.println(response.path("headline").asText());
        out.println();
        out.println("Rank  Status         Score  Account");
        for (JsonNode account : response.path("worstAccounts")) {
            List<PlantedFailure.Kind> planted = estate.plantedByAccount().getOrDefault(
                    account.path("accountId").asText(), List.of());
            out.printf(Locale.ROOT, "%4d  %-13s %6d  %s (%s)%s%n", account.path("rank").asInt(),
                    account.path("status").asText(), account.path("score").asLong(),
                    account.path("accountName").asText(), account.path("accountId").asText(),
                    planted.isEmpty() ? "" : "  <- planted: " + planted);
        }
        int retried = (int) children.stream().filter(child -> child.invocations() > 1).count();
        out.printf(Locale.ROOT, "%nShards: %d child executions (%d needed retries); plan %.1f s, map %.1f s,"
                + " aggregator %.1f s, total %.1f s%n", children.size(), retried, planMillis / 1000.0,
                mapMillis / 1000.0, aggregateMillis / 1000.0, totalMillis / 1000.0);
        JsonNode reports = response.path("reports");
        out.println("Org report: s3://" + reports.path("bucket").asText() + "/" + reports.path("html").asText());
        capture.ifPresent(dir -> out.println("Captured under " + dir + ": s3/ (every object written), sns/ (the"
                + " digest)"));
    }

    private void progress(int done, int total) {
        if (done == total || done % Math.max(1, total / 10) == 0) {
            out.printf(Locale.ROOT, "local-org-run: %d/%d shards done%n", done, total);
            out.flush();
        }
    }

    private static String describe(List<PlantedFailure> planted) {
        List<String> parts = new ArrayList<>();
        planted.forEach(failure -> parts.add(failure.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " "
                + failure.accountId()));
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }

    private static IntrinsicResolver resolver(Template template, StackSettings stack,
                                              Map<String, PhysicalIds.Provisioned> provisioned) {
        return new IntrinsicResolver(template, new PhysicalIds(template, stack, provisioned));
    }

    private static double parameterDefault(Template template, String name) {
        Map<String, Object> parameter = Template.asMap(template.section("Parameters").get(name), "Parameters." + name);
        return Double.parseDouble(String.valueOf(parameter.get("Default")));
    }
}
