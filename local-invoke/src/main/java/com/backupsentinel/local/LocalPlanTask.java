package com.backupsentinel.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The plan Task before the Distributed Map, as Step Functions runs a lambda:invoke Task: its Payload template applied
 * to the state and the context object, the plan function invoked (warm, from its zip), a failure retried by the first
 * Retry entry whose ErrorEquals matches while that entry has attempts left (MaxAttempts 0: never; waits scaled by
 * {@code timeScale}), then the ResultSelector applied to the integration's result ({@code {"Payload": answer,
 * "StatusCode": 200}}) and placed at the ResultPath.
 */
final class LocalPlanTask {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The state after the Task (empty when it failed), its failure, the function's own answer, the invocations. */
    record Outcome(Optional<ObjectNode> state, Optional<TaskFailure> failure, Optional<JsonNode> answer,
                   int invocations) {

        boolean succeeded() {
            return state.isPresent();
        }
    }

    private LocalPlanTask() {
    }

    static Outcome run(OrgStateMachine machine, WarmFunction plan, ObjectNode state, ObjectNode context,
                       double timeScale) {
        String resultPath = machine.planResultPath();
        if (!resultPath.matches("\\$\\.[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("local-org-run runs a plan ResultPath of $.field only, not '"
                    + resultPath + "'");
        }
        byte[] event = JsonPaths.apply(machine.planPayload(), state, context).toString()
                .getBytes(StandardCharsets.UTF_8);
        Map<Retrier, Integer> retries = new HashMap<>();
        int invocations = 0;
        while (true) {
            HandlerInvoker.Outcome outcome = plan.invoke(event);
            invocations++;
            if (outcome.succeeded()) {
                JsonNode answer = read(outcome.payload());
                ObjectNode result = JSON.createObjectNode().put("ExecutedVersion", "1").put("StatusCode", 200);
                result.set("Payload", answer);
                ObjectNode after = state.deepCopy();
                after.set(resultPath.substring(2), JsonPaths.apply(machine.planResultSelector(), result, context));
                return new Outcome(Optional.of(after), Optional.empty(), Optional.of(answer), invocations);
            }
            TaskFailure failure = TaskFailure.of(outcome.payload());
            Optional<Retrier> retrier = machine.planRetries().stream().filter(r -> r.matches(failure.error()))
                    .findFirst();
            if (retrier.isEmpty() || retries.getOrDefault(retrier.get(), 0) >= retrier.get().maxAttempts()) {
                return new Outcome(Optional.empty(), Optional.of(failure), Optional.empty(), invocations);
            }
            int retry = retries.merge(retrier.get(), 1, Integer::sum) - 1;
            LocalMapRun.sleep(retrier.get().delay(retry, timeScale));
        }
    }

    private static JsonNode read(byte[] payload) {
        try {
            return JSON.readTree(payload);
        } catch (IOException e) {
            throw new IllegalStateException("The plan function answered something that is not JSON: " + e.getMessage(),
                    e);
        }
    }
}
