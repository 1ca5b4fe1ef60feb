package com.backupsentinel.local;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What local-org-run takes from template.yaml's org validation state machine, so that it runs the run the way Step
 * Functions would: the plan Task before the Distributed Map (its payload, Retry entries, ResultSelector and
 * ResultPath), the Map's ItemReader (its input type and the Parameters that name the items file), ItemSelector and
 * tolerated failure, the shard Task's Retry entries, the Catch's ResultPath and the failure state's Parameters, the
 * ResultWriter's prefix, and the Aggregate Task's payload.
 */
record OrgStateMachine(Map<String, Object> planPayload, List<Retrier> planRetries,
                       Map<String, Object> planResultSelector, String planResultPath, String itemReaderResource,
                       String itemReaderInputType, Map<String, Object> itemReaderParameters,
                       Map<String, Object> itemSelector, List<Retrier> retries, String catchResultPath,
                       Map<String, Object> failureParameters, String resultWriterPrefix,
                       Map<String, Object> aggregatePayload) {

    static final String LOGICAL_ID = "OrgValidationStateMachine";
    static final String LAMBDA_INVOKE = "arn:aws:states:::lambda:invoke";

    OrgStateMachine {
        planPayload = Map.copyOf(planPayload);
        planRetries = List.copyOf(planRetries);
        planResultSelector = Map.copyOf(planResultSelector);
        Objects.requireNonNull(planResultPath, "planResultPath");
        Objects.requireNonNull(itemReaderResource, "itemReaderResource");
        Objects.requireNonNull(itemReaderInputType, "itemReaderInputType");
        itemReaderParameters = Map.copyOf(itemReaderParameters);
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
        String mapName = distributedMap(states);
        Map<String, Object> map = Template.asMap(states.get(mapName), mapName);
        Map<String, Object> plan = planTask(states, mapName);
        Map<String, Object> planParameters = Template.asMap(plan.get("Parameters"), "the plan Task's Parameters");
        Map<String, Object> reader = Template.asMap(map.get("ItemReader"), "the Distributed Map's ItemReader");
        Map<String, Object> readerConfig = Template.asMap(reader.get("ReaderConfig"), "ItemReader.ReaderConfig");
        Map<String, Object> processor = Template.asMap(map.get("ItemProcessor"), "ItemProcessor");
        Map<String, Object> inner = Template.asMap(processor.get("States"), "ItemProcessor.States");
        Map<String, Object> shard = Template.asMap(inner.get(String.valueOf(processor.get("StartAt"))),
                "ItemProcessor's StartAt state");
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
        return new OrgStateMachine(Template.asMap(planParameters.get("Payload"), "the plan Task's Payload"),
                retriers(plan), Template.asMap(plan.get("ResultSelector"), "the plan Task's ResultSelector"),
                String.valueOf(plan.get("ResultPath")), String.valueOf(reader.get("Resource")),
                String.valueOf(readerConfig.get("InputType")), Template.asMap(reader.get("Parameters"),
                "ItemReader.Parameters"), Template.asMap(map.get("ItemSelector"), "ItemSelector"), retriers(shard),
                String.valueOf(catcher.get("ResultPath")), Template.asMap(failure.get("Parameters"),
                "failure state Parameters"), String.valueOf(writerParameters.get("Prefix")),
                Template.asMap(aggregateParameters.get("Payload"), "Aggregate.Parameters.Payload"));
    }

    @SuppressWarnings("unchecked")
    private static List<Retrier> retriers(Map<String, Object> task) {
        return ((List<Object>) task.getOrDefault("Retry", List.of())).stream()
                .map(entry -> Retrier.of(Template.asMap(entry, "Retry"))).toList();
    }

    private static String distributedMap(Map<String, Object> states) {
        for (Map.Entry<String, Object> state : states.entrySet()) {
            Map<String, Object> candidate = Template.asMap(state.getValue(), "state");
            if ("Map".equals(candidate.get("Type")) && candidate.get("ItemProcessor") instanceof Map<?, ?> processor
                    && processor.get("ProcessorConfig") instanceof Map<?, ?> config
                    && "DISTRIBUTED".equals(config.get("Mode"))) {
                return state.getKey();
            }
        }
        throw new TemplateException(LOGICAL_ID + " has no Distributed Map state");
    }

    /** The lambda:invoke Task whose Next is the Distributed Map: the one that writes its items file. */
    private static Map<String, Object> planTask(Map<String, Object> states, String mapName) {
        for (Object state : states.values()) {
            Map<String, Object> candidate = Template.asMap(state, "state");
            if ("Task".equals(candidate.get("Type")) && LAMBDA_INVOKE.equals(candidate.get("Resource"))
                    && mapName.equals(candidate.get("Next"))) {
                return candidate;
            }
        }
        throw new TemplateException(LOGICAL_ID + " has no lambda:invoke Task before its Distributed Map (the plan"
                + " that writes the items file)");
    }
}
