package com.backupsentinel.standins.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class FaultRuleTest {

    @Test
    void readsServiceOperationKindAndCount() {
        assertThat(FaultRule.parse("sns:Publish=hang"))
                .isEqualTo(new FaultRule("sns", "Publish", FaultKind.HANG, OptionalInt.empty(), 0));
        assertThat(FaultRule.parse("DynamoDB:PutItem=throttle:3"))
                .isEqualTo(new FaultRule("dynamodb", "PutItem", FaultKind.THROTTLE, OptionalInt.of(3), 0));
        assertThat(FaultRule.parse(" s3:PutObject=http500:1 ").toString()).isEqualTo("s3:PutObject=http500:1");
    }

    @Test
    void namesWhatIsWrongWithAMalformedFault() {
        assertThatThrownBy(() -> FaultRule.parse("sns-Publish=hang"))
                .hasMessage("invalid fault 'sns-Publish=hang': expected " + FaultRule.FORMAT);
        assertThatThrownBy(() -> FaultRule.parse("sns:Publish=explode"))
                .hasMessage("invalid fault 'sns:Publish=explode': unknown fault 'explode': use one of"
                        + " hang|reset|http500|throttle|conflict");
        assertThatThrownBy(() -> FaultRule.parse("sns:Publish=throttle:0"))
                .hasMessage("invalid fault 'sns:Publish=throttle:0': COUNT must be a whole number of at least 1,"
                        + " got '0'");
        assertThatThrownBy(() -> FaultRule.parse("sns:Publish=conflict"))
                .hasMessage("invalid fault 'sns:Publish=conflict': conflict is a DynamoDB error; use it with"
                        + " dynamodb:OPERATION");
        assertThatThrownBy(() -> FaultRule.parse("sns:Pub lish=hang"))
                .hasMessage("invalid fault 'sns:Pub lish=hang': OPERATION must be an operation name such as Publish,"
                        + " PutItem or StartBackupJob");
    }

    @Test
    void aCountedFaultRunsOutAndLaterCallsPass() {
        FaultPlan plan = FaultPlan.parse(java.util.List.of("sns:Publish=throttle:2", "sns:Publish=http500"));
        AwsOperation publish = new AwsOperation("sns", "Publish");

        assertThat(plan.take(publish)).contains(FaultKind.THROTTLE);
        assertThat(plan.take(publish)).contains(FaultKind.THROTTLE);
        assertThat(plan.take(publish)).contains(FaultKind.HTTP500);
        assertThat(plan.take(new AwsOperation("sns", "CreateTopic"))).isEmpty();
        assertThat(plan.injected()).containsEntry("sns:Publish=throttle:2", 2).containsEntry("sns:Publish=http500", 1);
        assertThat(plan.callCount("sns", "Publish")).isEqualTo(3);
    }

    @Test
    void aRuleCanLetTheFirstMatchingCallsPass() {
        FaultPlan plan = FaultPlan.of(FaultRule.parse("dynamodb:PutItem=reset:1").afterPassing(2));
        AwsOperation put = new AwsOperation("dynamodb", "PutItem");

        assertThat(plan.take(put)).isEmpty();
        assertThat(plan.take(put)).isEmpty();
        assertThat(plan.take(put)).contains(FaultKind.RESET);
        assertThat(plan.take(put)).isEmpty();
        assertThat(plan.rules().get(0).toString()).isEqualTo("dynamodb:PutItem=reset:1 after 2");
    }
}
