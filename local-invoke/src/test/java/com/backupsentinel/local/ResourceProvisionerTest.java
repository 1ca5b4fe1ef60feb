package com.backupsentinel.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.backupsentinel.shared.config.Environment;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResourceProvisionerTest {

    /** Endpoints for no service at all: nothing may be created, and no request may leave the machine. */
    private static final AwsEndpoints NOWHERE = new AwsEndpoints() {
        @Override
        public Map<String, String> environment() {
            return Map.of();
        }

        @Override
        public String description() {
            return "the endpoints in AWS_ENDPOINT_URL*";
        }

        @Override
        public Optional<String> accountId() {
            return Optional.empty();
        }

        @Override
        public boolean serves(String serviceId) {
            return false;
        }

        @Override
        public void close() {
            // nothing started
        }
    };

    @Test
    void neverCreatesResourcesAtAServiceWithoutALocalEndpoint() {
        ByteArrayOutputStream notes = new ByteArrayOutputStream();
        List<StatefulResource> plan = List.of(
                new StatefulResource("Table", StatefulResource.Kind.TABLE, "t-table", Map.of()),
                new StatefulResource("Queue", StatefulResource.Kind.QUEUE, "q", Map.of()),
                new StatefulResource("DeadLetters", StatefulResource.Kind.QUEUE, "dlq", Map.of()));

        Map<String, PhysicalIds.Provisioned> provisioned = new ResourceProvisioner(Environment.of(Map.of("AWS_REGION",
                "us-east-1")), NOWHERE, new PrintStream(notes, true, StandardCharsets.UTF_8), Optional.empty()).provision(plan);

        assertThat(provisioned).isEmpty();
        assertThat(notes.toString(StandardCharsets.UTF_8).lines()).containsExactlyInAnyOrder(
                "local-invoke: not creating Table: no DYNAMODB endpoint in the endpoints in AWS_ENDPOINT_URL*",
                "local-invoke: not creating Queue, DeadLetters: no SQS endpoint in the endpoints in AWS_ENDPOINT_URL*");
    }
}
