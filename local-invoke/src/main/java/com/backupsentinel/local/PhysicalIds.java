package com.backupsentinel.local;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What {@code Ref} and {@code Fn::GetAtt} return for the template's resources. Names come from the resource's
 * name property (TableName, BucketName, ...) or are generated as {@code <stack>-<LogicalId>} (lower case for
 * buckets), so repeated runs against the same endpoint find the same resources. Values reported by the
 * endpoint once a resource exists (a topic ARN, a queue URL) replace the computed ones.
 */
final class PhysicalIds {

    private final Template template;
    private final StackSettings stack;
    private final Map<String, Provisioned> provisioned;

    /** What an endpoint reported for a resource it created or already had. */
    record Provisioned(String ref, Map<String, String> attributes) {

        Provisioned {
            attributes = Map.copyOf(attributes);
        }
    }

    PhysicalIds(Template template, StackSettings stack, Map<String, Provisioned> provisioned) {
        this.template = template;
        this.stack = stack;
        this.provisioned = Map.copyOf(provisioned);
    }

    StackSettings stack() {
        return stack;
    }

    /** The resource's type, including the resources SAM generates implicitly (a function's Role). */
    Optional<String> typeOf(String logicalId) {
        Optional<Template.Resource> resource = template.resource(logicalId);
        if (resource.isPresent()) {
            return Optional.of(resource.get().type());
        }
        if (logicalId.endsWith("Role")) {
            String functionId = logicalId.substring(0, logicalId.length() - "Role".length());
            return template.resource(functionId).filter(r -> Template.SERVERLESS_FUNCTION.equals(r.type()))
                    .filter(r -> !r.properties().containsKey("Role")).map(r -> "AWS::IAM::Role");
        }
        int dot = logicalId.indexOf('.');
        if (dot > 0 && isServerlessFunction(logicalId.substring(0, dot))) {
            String member = logicalId.substring(dot + 1);
            if ("Alias".equals(member) || "Version".equals(member)) {
                return Optional.of("AWS::Lambda::" + member);
            }
        }
        if ("ServerlessHttpApi".equals(logicalId)) {
            return Optional.of("AWS::Serverless::HttpApi");
        }
        return Optional.empty();
    }

    private boolean isServerlessFunction(String logicalId) {
        return template.resource(logicalId).filter(r -> Template.SERVERLESS_FUNCTION.equals(r.type())).isPresent();
    }

    /** The physical name: the name property when set, else {@code <stack>-<LogicalId>} within the type's limits. */
    String name(String logicalId, IntrinsicResolver resolver) {
        String type = typeOf(logicalId).orElseThrow();
        Optional<String> property = nameProperty(type);
        Optional<Template.Resource> resource = template.resource(logicalId);
        if (property.isPresent() && resource.isPresent() && resource.get().properties().get(property.get()) != null) {
            String path = "Resources." + logicalId + ".Properties." + property.get();
            return resolver.string(resource.get().properties().get(property.get()), path);
        }
        return generatedName(logicalId, type, resource.map(Template.Resource::properties).orElse(Map.of()));
    }

    String ref(String logicalId, IntrinsicResolver resolver) {
        Provisioned actual = provisioned.get(logicalId);
        if (actual != null) {
            return actual.ref();
        }
        String type = typeOf(logicalId).orElseThrow();
        switch (type) {
            case "AWS::SNS::Topic":
                return attribute(logicalId, "TopicArn", resolver);
            case "AWS::SQS::Queue":
                return attribute(logicalId, "QueueUrl", resolver);
            case "AWS::KMS::Key":
            case "AWS::Backup::BackupPlan":
            case "AWS::Backup::BackupSelection":
            case "AWS::Serverless::HttpApi":
            case "AWS::ApiGatewayV2::Api":
                return stableId(logicalId, type);
            case "AWS::IAM::ManagedPolicy":
                return stack.arn("iam", "policy/" + name(logicalId, resolver), false, true);
            case "AWS::Lambda::Alias":
            case "AWS::Lambda::Version":
                return versionedFunctionArn(logicalId, resolver);
            default:
                return name(logicalId, resolver);
        }
    }

    String attribute(String logicalId, String attribute, IntrinsicResolver resolver) {
        Provisioned actual = provisioned.get(logicalId);
        if (actual != null && actual.attributes().containsKey(attribute)) {
            return actual.attributes().get(attribute);
        }
        String type = typeOf(logicalId).orElseThrow();
        return computedAttribute(logicalId, type, attribute, resolver).orElseThrow(() -> new TemplateException(
                "Fn::GetAtt " + logicalId + "." + attribute + ": local invoke does not know attribute " + attribute
                        + " of " + type));
    }

    /** SAM's {@code Function.Alias} (the AutoPublishAlias ARN) and {@code Function.Version} (version 1 locally). */
    private String versionedFunctionArn(String logicalId, IntrinsicResolver resolver) {
        String functionId = logicalId.substring(0, logicalId.indexOf('.'));
        String functionArn = resolver.getAtt(functionId, "Arn", "Ref " + logicalId);
        if (logicalId.endsWith(".Version")) {
            return functionArn + ":1";
        }
        Object alias = FunctionReader.mergedProperties(template, template.resource(functionId).orElseThrow())
                .get("AutoPublishAlias");
        if (alias == null) {
            throw new TemplateException("Ref " + logicalId + ": " + functionId + " has no AutoPublishAlias");
        }
        return functionArn + ":" + resolver.string(alias, "Resources." + functionId + ".Properties.AutoPublishAlias");
    }

    private Optional<String> computedAttribute(String id, String type, String attribute, IntrinsicResolver r) {
        String key = type + "." + attribute;
        switch (key) {
            case "AWS::DynamoDB::Table.Arn":
            case "AWS::Serverless::SimpleTable.Arn":
                return Optional.of(stack.arn("dynamodb", "table/" + name(id, r), true, true));
            case "AWS::DynamoDB::Table.StreamArn":
                return Optional.of(stack.arn("dynamodb", "table/" + name(id, r) + "/stream/1970-01-01T00:00:00.000",
                        true, true));
            case "AWS::S3::Bucket.Arn":
                return Optional.of(stack.arn("s3", name(id, r), false, false));
            case "AWS::S3::Bucket.DomainName":
                return Optional.of(name(id, r) + ".s3." + stack.urlSuffix());
            case "AWS::S3::Bucket.RegionalDomainName":
                return Optional.of(name(id, r) + ".s3." + stack.region() + "." + stack.urlSuffix());
            case "AWS::SNS::Topic.TopicArn":
                return Optional.of(stack.arn("sns", name(id, r), true, true));
            case "AWS::SNS::Topic.TopicName":
            case "AWS::SQS::Queue.QueueName":
            case "AWS::Backup::BackupVault.BackupVaultName":
            case "AWS::Events::EventBus.Name":
                return Optional.of(name(id, r));
            case "AWS::SQS::Queue.Arn":
                return Optional.of(stack.arn("sqs", name(id, r), true, true));
            case "AWS::SQS::Queue.QueueUrl":
                return Optional.of("https://sqs." + stack.region() + "." + stack.urlSuffix() + "/" + stack.accountId()
                        + "/" + name(id, r));
            case "AWS::Serverless::Function.Arn":
            case "AWS::Lambda::Function.Arn":
                return Optional.of(stack.arn("lambda", "function:" + name(id, r), true, true));
            case "AWS::IAM::Role.Arn":
                return Optional.of(stack.arn("iam", "role/" + name(id, r), false, true));
            case "AWS::IAM::Role.RoleId":
                return Optional.of("AROA" + stableId(id, type).toUpperCase(Locale.ROOT));
            case "AWS::Logs::LogGroup.Arn":
                return Optional.of(stack.arn("logs", "log-group:" + name(id, r) + ":*", true, true));
            case "AWS::KMS::Key.Arn":
                return Optional.of(stack.arn("kms", "key/" + stableId(id, type), true, true));
            case "AWS::KMS::Key.KeyId":
            case "AWS::Backup::BackupPlan.BackupPlanId":
            case "AWS::Serverless::HttpApi.ApiId":
                return Optional.of(stableId(id, type));
            case "AWS::Events::Rule.Arn":
                return Optional.of(stack.arn("events", "rule/" + name(id, r), true, true));
            case "AWS::Events::EventBus.Arn":
                return Optional.of(stack.arn("events", "event-bus/" + name(id, r), true, true));
            case "AWS::Scheduler::Schedule.Arn":
                return Optional.of(stack.arn("scheduler", "schedule/default/" + name(id, r), true, true));
            case "AWS::CloudWatch::Alarm.Arn":
                return Optional.of(stack.arn("cloudwatch", "alarm:" + name(id, r), true, true));
            case "AWS::Backup::BackupVault.BackupVaultArn":
                return Optional.of(stack.arn("backup", "backup-vault:" + name(id, r), true, true));
            case "AWS::Backup::BackupPlan.BackupPlanArn":
                return Optional.of(stack.arn("backup", "backup-plan:" + stableId(id, type), true, true));
            case "AWS::Serverless::HttpApi.ApiEndpoint":
                return Optional.of("https://" + stableId(id, type) + ".execute-api." + stack.region() + "."
                        + stack.urlSuffix());
            default:
                return Optional.empty();
        }
    }

    private static Optional<String> nameProperty(String type) {
        switch (type) {
            case "AWS::DynamoDB::Table":
            case "AWS::Serverless::SimpleTable":
                return Optional.of("TableName");
            case "AWS::S3::Bucket":
                return Optional.of("BucketName");
            case "AWS::SNS::Topic":
                return Optional.of("TopicName");
            case "AWS::SQS::Queue":
                return Optional.of("QueueName");
            case "AWS::Serverless::Function":
            case "AWS::Lambda::Function":
                return Optional.of("FunctionName");
            case "AWS::IAM::Role":
                return Optional.of("RoleName");
            case "AWS::IAM::ManagedPolicy":
                return Optional.of("ManagedPolicyName");
            case "AWS::Logs::LogGroup":
                return Optional.of("LogGroupName");
            case "AWS::KMS::Alias":
                return Optional.of("AliasName");
            case "AWS::CloudWatch::Alarm":
                return Optional.of("AlarmName");
            case "AWS::Backup::BackupVault":
                return Optional.of("BackupVaultName");
            case "AWS::Events::Rule":
            case "AWS::Events::EventBus":
            case "AWS::Scheduler::Schedule":
                return Optional.of("Name");
            default:
                return Optional.empty();
        }
    }

    private String generatedName(String logicalId, String type, Map<String, Object> properties) {
        String base = stack.stackName() + "-" + logicalId;
        switch (type) {
            case "AWS::S3::Bucket":
                return truncate(base.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]", "-"), 63);
            case "AWS::SQS::Queue":
                return truncate(base, 75) + (isTrue(properties.get("FifoQueue")) ? ".fifo" : "");
            case "AWS::SNS::Topic":
                return truncate(base, 251) + (isTrue(properties.get("FifoTopic")) ? ".fifo" : "");
            case "AWS::Logs::LogGroup":
                return "/aws/" + base;
            case "AWS::KMS::Alias":
                return "alias/" + base;
            default:
                return truncate(base, 64);
        }
    }

    private static boolean isTrue(Object value) {
        return value != null && "true".equalsIgnoreCase(String.valueOf(value));
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }

    /** A stable opaque id (KMS key id, plan id, API id) derived from the stack and logical ID. */
    private String stableId(String logicalId, String type) {
        UUID uuid = UUID.nameUUIDFromBytes((stack.stackName() + "/" + logicalId).getBytes(StandardCharsets.UTF_8));
        return type.contains("Api") ? uuid.toString().replace("-", "").substring(0, 10) : uuid.toString();
    }
}
