package com.backupsentinel.shared.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.standins.SnsStandIn;
import com.backupsentinel.standins.http.FaultPlan;
import com.backupsentinel.standins.http.FaultProxy;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sns.SnsClient;

/** Clients of the factory against the SNS stand-in behind the fault proxy: every call ends, with a clear error. */
class BoundedCallsTest {

    private static SnsStandIn sns;
    private static String topicArn;

    @BeforeAll
    static void start() {
        sns = SnsStandIn.start();
        try (SnsClient client = factory(sns.endpoint().toString(), Map.of()).build(SnsClient.builder(), "SNS")) {
            topicArn = client.createTopic(r -> r.name("alerts")).topicArn();
        }
    }

    @AfterAll
    static void stop() {
        sns.close();
    }

    @Test
    void aHangingCallEndsAtTheCallTimeoutWithAnErrorNamingTheOperationAndTheLimit() {
        try (FaultProxy proxy = FaultProxy.start(sns.endpoint(), Optional.of("sns"),
                FaultPlan.parse(List.of("sns:Publish=hang")));
             SnsClient client = factory(proxy.endpoint().toString(), Map.of(AwsTimeouts.ATTEMPT_VARIABLE, "150",
                     AwsTimeouts.CALL_VARIABLE, "400")).build(SnsClient.builder(), "SNS")) {
            assertThatThrownBy(() -> client.publish(r -> r.topicArn(topicArn).message("m")))
                    .isInstanceOf(ApiCallTimeoutException.class)
                    .hasMessage("Sns Publish did not finish within 0.4 s (limited by SDK_CALL_TIMEOUT_MS; at most"
                            + " 0.2 s per attempt, SDK_ATTEMPT_TIMEOUT_MS)");
        }
    }

    @Test
    void insideAnInvocationACallEndsAtTheInvocationsWorkDeadline() {
        try (FaultProxy proxy = FaultProxy.start(sns.endpoint(), Optional.of("sns"),
                FaultPlan.parse(List.of("sns:Publish=hang")))) {
            AwsClientFactory factory = factory(proxy.endpoint().toString(), Map.of(AwsTimeouts.MARGIN_VARIABLE, "200"));
            try (SnsClient client = factory.build(SnsClient.builder(), "SNS")) {
                factory.budget().begin(500);
                try {
                    assertThatThrownBy(() -> client.publish(r -> r.topicArn(topicArn).message("m")))
                            .isInstanceOf(ApiCallTimeoutException.class)
                            .hasMessageStartingWith("Sns Publish did not finish within 0.")
                            .hasMessageEndingWith(" (limited by the invocation's deadline: its Lambda timeout less"
                                    + " DEADLINE_MARGIN_MS=200)");
                    assertThat(factory.budget().workDeadlinePassed()).isTrue();
                } finally {
                    factory.budget().end();
                }
            }
        }
    }

    @Test
    void aCallMadeAfterTheDeadlineUsesWhatIsLeftOfTheMarginAndNoneIsAttemptedOnceItIsGone() {
        AwsClientFactory factory = factory(sns.endpoint().toString(), Map.of(AwsTimeouts.MARGIN_VARIABLE, "60000"));
        try (SnsClient client = factory.build(SnsClient.builder(), "SNS")) {
            factory.budget().begin(30_000);
            try {
                assertThat(factory.budget().workDeadlinePassed()).isTrue();
                assertThat(client.publish(r -> r.topicArn(topicArn).message("cleanup")).messageId()).isNotBlank();
            } finally {
                factory.budget().end();
            }
            factory.budget().begin(0);
            try {
                assertThatThrownBy(() -> client.publish(r -> r.topicArn(topicArn).message("late")))
                        .isInstanceOf(ApiCallTimeoutException.class)
                        .hasMessage("Sns Publish was not attempted: the invocation has no time left for AWS calls"
                                + " (its Lambda timeout less DEADLINE_MARGIN_MS=60000)");
            } finally {
                factory.budget().end();
            }
            assertThat(client.publish(r -> r.topicArn(topicArn).message("outside")).messageId()).isNotBlank();
        }
    }

    @Test
    void aResetIsRetriedByTheSdkAndStaysAClientErrorOfItsOwn() {
        FaultPlan plan = FaultPlan.parse(List.of("sns:Publish=reset:1"));
        sns.clear();
        try (FaultProxy proxy = FaultProxy.start(sns.endpoint(), Optional.of("sns"), plan);
             SnsClient client = factory(proxy.endpoint().toString(), Map.of()).build(SnsClient.builder(), "SNS")) {
            client.publish(r -> r.topicArn(topicArn).message("m"));
            assertThat(sns.published()).hasSize(1);
            assertThat(plan.injected()).containsEntry("sns:Publish=reset:1", 1);
        }
        try (FaultProxy proxy = FaultProxy.start(sns.endpoint(), Optional.of("sns"),
                FaultPlan.parse(List.of("sns:Publish=reset")));
             SnsClient client = factory(proxy.endpoint().toString(), Map.of()).build(SnsClient.builder(), "SNS")) {
            assertThatThrownBy(() -> client.publish(r -> r.topicArn(topicArn).message("m")))
                    .isInstanceOf(SdkClientException.class).isNotInstanceOf(ApiCallTimeoutException.class);
        }
    }

    @Test
    void timeoutsAreReadOnceAndABadValueNamesItsVariable() {
        assertThat(AwsTimeouts.from(Environment.of(Map.of()))).isEqualTo(AwsTimeouts.DEFAULT);
        assertThat(AwsTimeouts.from(Environment.of(Map.of(AwsTimeouts.CALL_VARIABLE, "20000"))).call())
                .isEqualTo(Duration.ofSeconds(20));
        assertThatThrownBy(() -> AwsTimeouts.from(Environment.of(Map.of(AwsTimeouts.ATTEMPT_VARIABLE, "5s"))))
                .hasMessage("Environment variable SDK_ATTEMPT_TIMEOUT_MS must be a whole number from 1 to 900000,"
                        + " got '5s'");
        assertThatThrownBy(() -> AwsTimeouts.from(Environment.of(Map.of(AwsTimeouts.ATTEMPT_VARIABLE, "20000"))))
                .hasMessage("an attempt (20000 ms) cannot outlast the call (15000 ms): SDK_ATTEMPT_TIMEOUT_MS must not"
                        + " exceed SDK_CALL_TIMEOUT_MS");
    }

    private static AwsClientFactory factory(String endpoint, Map<String, String> extra) {
        Map<String, String> environment = new HashMap<>(Map.of("AWS_REGION", "us-east-1",
                "AWS_ACCESS_KEY_ID", "STANDINACCESSKEY", "AWS_SECRET_ACCESS_KEY", "stand-in-secret-not-a-credential",
                "AWS_ENDPOINT_URL_SNS", endpoint));
        environment.putAll(extra);
        return AwsClientFactory.fromEnvironment(Environment.of(environment));
    }
}
