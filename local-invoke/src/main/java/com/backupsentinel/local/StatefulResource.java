package com.backupsentinel.local;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A resource of the template that holds state a function reads or writes (table, bucket, topic, queue), with
 * its physical name and the properties needed to create it, resolved. Resources whose Condition is false are left
 * out, as CloudFormation leaves them out.
 */
record StatefulResource(String logicalId, Kind kind, String name, Map<String, Object> properties) {

    enum Kind {
        TABLE("DYNAMODB"), BUCKET("S3"), TOPIC("SNS"), QUEUE("SQS");

        private final String serviceId;

        Kind(String serviceId) {
            this.serviceId = serviceId;
        }

        /** The service id of AWS_ENDPOINT_URL_&lt;SERVICE&gt;. */
        String serviceId() {
            return serviceId;
        }
    }

    private static final List<String> TABLE_PROPERTIES = List.of("AttributeDefinitions", "KeySchema",
            "GlobalSecondaryIndexes", "LocalSecondaryIndexes", "BillingMode", "ProvisionedThroughput",
            "TimeToLiveSpecification", "StreamSpecification", "PrimaryKey");
    private static final List<String> QUEUE_PROPERTIES = List.of("FifoQueue");
    private static final List<String> TOPIC_PROPERTIES = List.of("FifoTopic");

    StatefulResource {
        properties = Map.copyOf(properties);
    }

    /**
     * The stateful resources the function can reach (it references them and its policies allow their service),
     * resolved with {@code resolver} (single-threaded, so done up front).
     */
    static List<StatefulResource> plan(IntrinsicResolver resolver, FunctionReach reach) {
        List<StatefulResource> plan = new ArrayList<>();
        for (Template.Resource resource : resolver.template().resources().values()) {
            if (!reach.resources().contains(resource.logicalId())) {
                continue;
            }
            if (resource.condition().isPresent() && !resolver.condition(resource.condition().get())) {
                continue;
            }
            switch (resource.type()) {
                case "AWS::DynamoDB::Table":
                case "AWS::Serverless::SimpleTable":
                    plan.add(of(resolver, resource, Kind.TABLE, TABLE_PROPERTIES));
                    break;
                case "AWS::S3::Bucket":
                    plan.add(of(resolver, resource, Kind.BUCKET, List.of()));
                    break;
                case "AWS::SNS::Topic":
                    plan.add(of(resolver, resource, Kind.TOPIC, TOPIC_PROPERTIES));
                    break;
                case "AWS::SQS::Queue":
                    plan.add(of(resolver, resource, Kind.QUEUE, QUEUE_PROPERTIES));
                    break;
                default:
                    break;
            }
        }
        plan.removeIf(resource -> !reach.services().contains(resource.kind().serviceId()));
        return plan;
    }

    private static StatefulResource of(IntrinsicResolver resolver, Template.Resource resource, Kind kind,
                                       List<String> needed) {
        String path = "Resources." + resource.logicalId() + ".Properties";
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String name : needed) {
            Object value = resource.properties().get(name);
            if (value != null) {
                Object resolved = resolver.resolve(value, path + "." + name);
                if (resolved != IntrinsicResolver.NO_VALUE && resolved != null) {
                    properties.put(name, resolved);
                }
            }
        }
        String name = resolver.string(Map.of("Ref", resource.logicalId()), path);
        if (kind == Kind.TOPIC || kind == Kind.QUEUE) {
            // Ref is the ARN or URL here; the name is what the create call takes
            name = resolver.getAtt(resource.logicalId(), kind == Kind.TOPIC ? "TopicName" : "QueueName", path);
        }
        return new StatefulResource(resource.logicalId(), kind, name, properties);
    }

    boolean isTrue(String property) {
        return "true".equalsIgnoreCase(String.valueOf(properties.get(property)));
    }
}
