package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalInvokeTest {

    @TempDir
    Path temp;

    @Test
    void printsTheResponseOfTheHandlerWithTheTemplateEnvironmentAndARealisticContext() {
        LocalInvokeRun.Result result = LocalInvokeRun.run("EchoFunction", LocalInvokeRun.event("direct.json"));

        assertThat(result.status()).as(result.stderr()).isZero();
        JsonNode response = result.json();
        assertThat(response.path("event").toString())
                .isEqualTo("{\"send_full_report\":true,\"regions\":[\"eu-west-1\"],\"note\":\"fixture\"}");
        JsonNode environment = response.path("environment");
        assertThat(environment.path("STAGE").asText()).isEqualTo("dev");
        assertThat(environment.path("RETENTION").asText()).isEqualTo("7");
        assertThat(environment.path("GREETING").asText()).isEqualTo("hello, eu-west-1");
        assertThat(environment.path("TABLE_NAME").asText()).isEqualTo("backup-sentinel-Table");
        assertThat(environment.path("TOPIC_ARN").asText()).isEqualTo("arn:aws:sns:eu-west-1:210987654321:backup-sentinel-Topic");
        assertThat(environment.path("AWS_REGION").asText()).isEqualTo("eu-west-1");
        assertThat(environment.path("AWS_LAMBDA_FUNCTION_NAME").asText()).isEqualTo("backup-sentinel-EchoFunction");
        assertThat(environment.path("AWS_LAMBDA_FUNCTION_MEMORY_SIZE").asText()).isEqualTo("256");
        assertThat(environment.path("AWS_ENDPOINT_URL").asText()).matches("http://127\\.0\\.0\\.1:\\d+");
        assertThat(environment.has("AWS_ENDPOINT_URL_DYNAMODB")).as("the runtime's Jackson leaves nulls out").isFalse();
        assertThat(response.path("functionName").asText()).isEqualTo("backup-sentinel-EchoFunction");
        assertThat(response.path("functionVersion").asText()).isEqualTo("$LATEST");
        assertThat(response.path("invokedFunctionArn").asText())
                .isEqualTo("arn:aws:lambda:eu-west-1:210987654321:function:backup-sentinel-EchoFunction");
        assertThat(response.path("memoryLimitInMB").asInt()).isEqualTo(256);
        assertThat(response.path("logGroupName").asText()).isEqualTo("/aws/lambda/backup-sentinel-EchoFunction");
        assertThat(response.path("remainingTimeInMillis").asInt()).isBetween(1, 20_000);
        assertThat(response.path("requestId").asText()).matches("[0-9a-f-]{36}");
        assertThat(result.stderr()).contains("echo handler ran");
    }

    @Test
    void appliesTheEnvVarsFileLikeSam() throws IOException {
        Path envVars = Files.writeString(temp.resolve("env.json"), "{\"EchoFunction\": {\"OVERRIDDEN\": \"from-file\","
                + " \"UNDECLARED\": 1}, \"Parameters\": {\"Stage\": \"prod\", \"GREETING\": \"hi\", \"Typo\": \"x\"}}");

        LocalInvokeRun.Result result = LocalInvokeRun.run("EchoFunction", LocalInvokeRun.event("direct.json"),
                "--env-vars", envVars.toString());

        assertThat(result.status()).as(result.stderr()).isZero();
        JsonNode environment = result.json().path("environment");
        assertThat(environment.path("STAGE").asText()).isEqualTo("prod");
        assertThat(environment.path("RETENTION").asText()).isEqualTo("90");
        assertThat(environment.path("GREETING").asText()).isEqualTo("hi");
        assertThat(environment.path("OVERRIDDEN").asText()).isEqualTo("from-file");
        assertThat(result.stderr()).contains("local-invoke: --env-vars values ignored because EchoFunction's Environment"
                + " in the template does not declare them (as in SAM): [UNDECLARED]")
                .contains("local-invoke: --env-vars \"Parameters\" entries that name no template parameter and no variable"
                        + " of EchoFunction were ignored: [Typo]");
    }

    @Test
    void appliesTheInventorysOwnEnvVarsUnderTheUsersFile() throws IOException {
        Path inventory = temp.resolve("inventory");
        try (var files = Files.walk(LocalInvokeRun.INVENTORY)) {
            for (Path source : files.toList()) {
                Files.copy(source, inventory.resolve(LocalInvokeRun.INVENTORY.relativize(source).toString()));
            }
        }
        Files.writeString(inventory.resolve(LocalInvoke.INVENTORY_ENV_VARS),
                "{\"Parameters\": {\"Stage\": \"prod\", \"GREETING\": \"from-inventory\"}}");
        Path userFile = Files.writeString(temp.resolve("env.json"), "{\"Parameters\": {\"GREETING\": \"from-user\"}}");
        Map<String, String> environment = Map.of(LocalInvoke.INVENTORY_VARIABLE, inventory.toString());

        LocalInvokeRun.Result inventoryOnly = LocalInvokeRun.run(LocalInvokeRun.TEMPLATE, environment, "EchoFunction",
                LocalInvokeRun.event("direct.json"));
        LocalInvokeRun.Result withUserFile = LocalInvokeRun.run(LocalInvokeRun.TEMPLATE, environment, "EchoFunction",
                LocalInvokeRun.event("direct.json"), "--env-vars", userFile.toString());

        assertThat(inventoryOnly.status()).as(inventoryOnly.stderr()).isZero();
        assertThat(inventoryOnly.json().path("environment").path("STAGE").asText()).isEqualTo("prod");
        assertThat(inventoryOnly.json().path("environment").path("GREETING").asText()).isEqualTo("from-inventory");
        assertThat(withUserFile.json().path("environment").path("STAGE").asText()).isEqualTo("prod");
        assertThat(withUserFile.json().path("environment").path("GREETING").asText()).isEqualTo("from-user");
    }

    @Test
    void printsLambdasErrorJsonAndExitsWithOneWhenTheHandlerThrows() {
        LocalInvokeRun.Result result = LocalInvokeRun.run("FailingFunction", LocalInvokeRun.event("direct.json"));

        assertThat(result.status()).isEqualTo(1);
        JsonNode error = result.json();
        assertThat(error.path("errorMessage").asText()).isEqualTo("Vault Default is unreachable");
        assertThat(error.path("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(error.path("stackTrace")).hasSize(2).allSatisfy(frame -> assertThat(frame.asText())
                .matches("com\\.backupsentinel\\.local\\.fixtures\\.FailingHandler\\.handleRequest\\(FailingHandler\\.java:\\d+\\)"));
        assertThat(error.path("cause").path("errorMessage").asText()).isEqualTo("connection reset");
        assertThat(error.path("cause").path("errorType").asText()).isEqualTo("java.io.IOException");
    }

    @Test
    void stopsAHandlerThatRunsPastItsTimeoutLikeLambda() {
        long start = System.nanoTime();
        LocalInvokeRun.Result result = LocalInvokeRun.run("SlowFunction", LocalInvokeRun.event("direct.json"));

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.json().path("errorType").asText()).isEqualTo("Sandbox.Timedout");
        assertThat(result.json().path("errorMessage").asText())
                .matches("RequestId: [0-9a-f-]{36} Error: Task timed out after 1\\.00 seconds");
        assertThat(System.nanoTime() - start).isLessThan(25_000_000_000L);
    }

    @Test
    void reportsAConstructorThatFailsFastAsAFunctionError() {
        LocalInvokeRun.Result result = LocalInvokeRun.run("BrokenInitFunction", LocalInvokeRun.event("direct.json"));

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.json().path("errorType").asText())
                .isEqualTo("com.backupsentinel.shared.config.ConfigurationException");
        assertThat(result.json().path("errorMessage").asText())
                .isEqualTo("Environment variable VAULT_NAME is required but not set (example: Default)");
    }

    @Test
    void reportsAHandlerClassThatDoesNotExistLikeLambda() {
        LocalInvokeRun.Result result = LocalInvokeRun.run("MissingClassFunction", LocalInvokeRun.event("direct.json"));

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.stdout().trim()).isEqualTo("{\"errorMessage\":\"Class not found:"
                + " com.backupsentinel.local.fixtures.NoSuchHandler\",\"errorType\":\"java.lang.ClassNotFoundException\"}");
    }

    @Test
    void reportsAnEventThatIsNotJsonAsTheRuntimesParsingError() throws IOException {
        Path event = Files.writeString(temp.resolve("broken.json"), "{\"send_full_report\": tru");

        LocalInvokeRun.Result result = LocalInvokeRun.run("EchoFunction", event.toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.json().path("errorMessage").asText()).isEqualTo("An error occurred during JSON parsing");
        assertThat(result.json().path("errorType").asText()).isEqualTo("java.lang.RuntimeException");
        assertThat(result.json().path("cause").path("errorMessage").asText()).contains("Unrecognized token 'tru'");
    }

    @Test
    void givesStreamHandlersTheEventsRawBytes() throws IOException {
        String event = LocalInvokeRun.event("direct.json");

        LocalInvokeRun.Result result = LocalInvokeRun.run("StreamFunction", event);

        assertThat(result.status()).as(result.stderr()).isZero();
        assertThat(result.stdout().trim()).isEqualTo("{\"bytes\":" + Files.size(Path.of(event)) + "}");
    }

    @Test
    void deserializesEventBridgeEventsWithTheRuntimesEventSerializer() {
        LocalInvokeRun.Result result = LocalInvokeRun.run("ScheduledFunction", LocalInvokeRun.event("scheduled.json"));

        assertThat(result.status()).as(result.stderr()).isZero();
        assertThat(result.stdout().trim()).isEqualTo("\"Scheduled Event from aws.events at 2026-11-22T06:00:00.000Z for"
                + " [arn:aws:events:eu-west-1:123456789012:rule/daily-validation]\"");
    }

    @Test
    void invokesAStaticHandlerMethodWithAPojoInputAndARecordOutput() throws IOException {
        Path event = Files.writeString(temp.resolve("greeting.json"),
                "{\"name\": \"ops\", \"regions\": [\"eu-west-1\", \"us-east-1\"]}", StandardCharsets.UTF_8);

        LocalInvokeRun.Result result = LocalInvokeRun.run("StaticMethodFunction", event.toString());

        assertThat(result.status()).as(result.stderr()).isZero();
        assertThat(result.stdout().trim()).isEqualTo("{\"message\":\"hello ops\",\"regionCount\":2}");
    }

    @Test
    void failsOnARecordInputAsTheRuntimesJacksonDoes() throws IOException {
        Path event = Files.writeString(temp.resolve("greeting.json"), "{\"name\": \"ops\", \"regions\": []}");

        LocalInvokeRun.Result result = LocalInvokeRun.run("RecordInputFunction", event.toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.json().path("errorMessage").asText()).isEqualTo("An error occurred during JSON parsing");
        assertThat(result.json().path("cause").path("errorMessage").asText()).contains("Cannot construct instance of"
                + " `com.backupsentinel.local.fixtures.GreetingFunctions$GreetingRecord` (no Creators, like default"
                + " constructor, exist)");
    }

    @Test
    void rejectsAnUnknownFunctionWithTheTemplatesFunctionsAndExitStatusTwo() {
        LocalInvokeRun.Result result = LocalInvokeRun.run("ValidatorFunction", LocalInvokeRun.event("direct.json"));

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr()).startsWith("local-invoke: 'ValidatorFunction' is not a function of the template; its"
                + " functions are EchoFunction, FailingFunction, SlowFunction, BrokenInitFunction, StreamFunction,"
                + " ScheduledFunction, StaticMethodFunction, RecordInputFunction, MissingClassFunction, SideEffectsFunction")
                .contains("usage: scripts/local-invoke FUNCTION_LOGICAL_ID EVENT_FILE [--env-vars FILE] [--capture DIR]");
    }

    @Test
    void rejectsBadUsageWithTheUsageTextAndExitStatusTwo() {
        LocalInvokeRun.Result missing = LocalInvokeRun.run("EchoFunction");
        LocalInvokeRun.Result noFile = LocalInvokeRun.run("EchoFunction", temp.resolve("nope.json").toString());

        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.stderr()).startsWith("local-invoke: EVENT_FILE is missing" + System.lineSeparator()
                + "usage: scripts/local-invoke");
        assertThat(noFile.status()).isEqualTo(2);
        assertThat(noFile.stderr()).startsWith("local-invoke: event file " + temp.resolve("nope.json") + " does not exist");
    }

    @Test
    void stopsWithExitStatusThreeAndTheTemplateLocationOnAnUnsupportedIntrinsic() throws IOException {
        Path template = Files.writeString(temp.resolve("template.yaml"), String.join("\n",
                "Resources:",
                "  Fn:",
                "    Type: AWS::Serverless::Function",
                "    Properties:",
                "      Handler: com.backupsentinel.local.fixtures.EchoHandler::handleRequest",
                "      Runtime: java21",
                "      Environment:",
                "        Variables:",
                "          VPC: !ImportValue shared-vpc-id",
                ""));

        LocalInvokeRun.Result result = LocalInvokeRun.run(template, Map.of(), "Fn", LocalInvokeRun.event("direct.json"));

        assertThat(result.status()).isEqualTo(3);
        assertThat(result.stderr()).contains("local-invoke: " + template + ": Resources.Fn.Properties.Environment.Variables"
                + ".VPC: intrinsic function Fn::ImportValue is not supported by local invoke");
    }
}
