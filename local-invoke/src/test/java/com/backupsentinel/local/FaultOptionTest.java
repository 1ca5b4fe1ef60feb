package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.standins.EmbeddedAws;
import com.backupsentinel.standins.StandInOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code --fault}: parsed before the other arguments, and injected into the function's calls only. */
class FaultOptionTest {

    private static EmbeddedAws aws;

    @BeforeAll
    static void startEndpoints() {
        aws = EmbeddedAws.start(StandInOptions.empty().withInventory(LocalInvokeRun.INVENTORY));
    }

    @AfterAll
    static void stopEndpoints() {
        aws.close();
    }

    @Test
    void takesEveryFaultOutOfTheArgumentsInOrder() throws UsageException {
        FaultOptions options = FaultOptions.extract("Fn", "--fault", "sns:Publish=hang", "event.json",
                "--fault", "dynamodb:PutItem=throttle:2", "--capture", "dir");

        assertThat(options.rules()).extracting(Object::toString)
                .containsExactly("sns:Publish=hang", "dynamodb:PutItem=throttle:2");
        assertThat(options.remaining()).containsExactly("Fn", "event.json", "--capture", "dir");
    }

    @Test
    void aMissingOrMalformedFaultIsAUsageErrorNamingIt() {
        assertThatThrownBy(() -> FaultOptions.extract("Fn", "e.json", "--fault"))
                .hasMessage("--fault needs a value such as sns:Publish=hang");
        LocalInvokeRun.Result run = LocalInvokeRun.run("EchoFunction", LocalInvokeRun.event("direct.json"),
                "--fault", "sns:Publish=boom");

        assertThat(run.status()).isEqualTo(2);
        assertThat(run.stderr()).contains("local-invoke: --fault: invalid fault 'sns:Publish=boom': unknown fault"
                + " 'boom': use one of hang|reset|http500|throttle|conflict", "--fault SERVICE:OPERATION=KIND[:COUNT]");
    }

    @Test
    void aFaultedCallFailsTheFunctionWhileLocalInvokesOwnSetUpIsNeverFaulted() {
        LocalInvokeRun.Result faulted = LocalInvokeRun.run(LocalInvokeRun.TEMPLATE, aws.endpointEnvironment(),
                "SideEffectsFunction", LocalInvokeRun.event("direct.json"), "--fault", "sns:Publish=http500",
                "--fault", "dynamodb:CreateTable=reset");

        assertThat(faulted.status()).as(faulted.stdout() + faulted.stderr()).isEqualTo(1);
        assertThat(faulted.json().path("errorType").asText()).isEqualTo("software.amazon.awssdk.services.sns.model.InternalErrorException");
        assertThat(faulted.json().path("errorMessage").asText()).contains("Status Code: 500");
        assertThat(faulted.stderr()).contains("local-invoke: faults injected: {sns:Publish=http500=3}");
        assertThat(aws.sns().published()).isEmpty();
    }
}
