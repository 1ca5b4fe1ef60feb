package com.backupsentinel.local;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What local-org-run takes from template.yaml's org validation state machine, so that it runs the shards the way
 * Step Functions would: the Distributed Map's ItemSelector, its tolerated failure, the shard Task's Retry entries, the
 * Catch's ResultPath and the failure state's Parameters, the ResultWriter's prefix, and the Aggregate Task's payload.
 */
record OrgStateMachine(Map<String, Object> itemSelector, List<Retrier> retries, String catchResultPath,
                       Map<String, Object> failureParameters, String resultWriterPrefix,
                       Map<String, Object> aggregatePayload) {

    static final String LOGICAL_ID = "OrgValidationStateMachine";

    OrgStateMachine {
        itemSelector = Map.copyOf(itemSelector);
        retries = List.copyOf(retries);
        Objects.requireNonNull(catchResultPath, "catchResultPath");
        failureParameters = Map.copyOf(failureParameters);
        Objects.requireNonNull(resultWriterPrefix, "resultWriterPrefix");
        aggregatePayload = Map.copyOf(aggregatePayload);
    }

    @SuppressWarnings("unchecked")
    static OrgStateMachine read(Template template) {
        Template.Resource machine = template.resource(LOGICAL_ID).orElseThrow(() -> new TemplateException(
                "no " + LOGICAL_ID + " resource"));
        Map<String, Object> definition = Template.asMap(machine.properties().get("Definition"), LOGICAL_ID
                + ".Definition");
        Map<String, Object> states = Template.asMap(definition.get("States"), "Definition.States");
        Map<String, Object> map = distributedMap(states);
        Map<String, Object> processor = Template.asMap(map.get("ItemProcessor"), "ItemProcessor");
        Map<String, Object> inner = Template.asMap(processor.get("States"), "ItemProcessor.States");
        Map<String, Object> shard = Template.asMap(inner.get(String.valueOf(processor.get("StartAt"))),
                "ItemProcessor's StartAt state");
        List<Retrier> retries = ((List<Object>) shard.getOrDefault("Retry", List.of())).stream()
                .map(entry -> Retrier.of(Template.asMap(entry, "Retry"))).toList();
        List<Object> catchers = (List<Object>) shard.getOrDefault("Catch", List.of());
        if (catchers.size() != 1) {
            throw new TemplateException("the shard Task needs exactly one Catch (States.ALL to the failure state)");
        }
        Map<String, Object> catcher = Template.asMap(catchers.get(0), "Catch");
        Map<String, Object> failure = Template.asMap(inner.get(String.valueOf(catcher.get("Next"))), "Catch's Next");
        Map<String, Object> writer = Template.asMap(map.get("ResultWriter"), "ResultWriter");
        Map<String, Object> writerParameters = Template.asMap(writer.get("Parameters"), "ResultWriter.Parameters");
        Map<String, Object> aggregate = Template.asMap(states.get(String.valueOf(map.get("Next"))), "the Map's Next");
        Map<String, Object> aggregateParameters = Template.asMap(aggregate.get("Parameters"), "Aggregate.Parameters");
        return new OrgStateMachine(Template.asMap(map.get("ItemSelector"), "ItemSelector"), retries,
                String.valueOf(catcher.get("ResultPath")), Template.asMap(failure.get("Parameters"),
                "failure state Parameters"), String.valueOf(writerParameters.get("Prefix")),
                Template.asMap(aggregateParameters.get("Payload"), "Aggregate.Parameters.Payload"));
    }

    private static Map<String, Object> distributedMap(Map<String, Object> states) {
        for (Object state : states.values()) {
            Map<String, Object> candidate = Template.asMap(state, "state");
            if ("Map".equals(candidate.get("Type")) && candidate.get("ItemProcessor") instanceof Map<?, ?> processor
                    && processor.get("ProcessorConfig") instanceof Map<?, ?> config
                    && "DISTRIBUTED".equals(config.get("Mode"))) {
                return candidate;
            }
        }
        throw new TemplateException(LOGICAL_ID + " has no Distributed Map state");
    }
}
