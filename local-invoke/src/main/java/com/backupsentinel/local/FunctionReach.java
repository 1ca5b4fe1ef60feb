package com.backupsentinel.local;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a function can reach: the emulated AWS services its Policies allow (IAM actions and SAM policy templates)
 * and the template resources its properties reference. Local invoke starts only those stand-ins and creates only
 * those resources. A policy under {@code Fn::If} reaches what either branch allows. Policies it cannot read (managed
 * policy names, an explicit Role, other intrinsics) count as every service.
 *
 * @param services service ids as AWS_ENDPOINT_URL_&lt;SERVICE&gt; spells them
 */
record FunctionReach(Set<String> services, Set<String> resources) {

    static final Set<String> EMULATED = Set.of("DYNAMODB", "S3", "SNS", "SQS", "BACKUP", "RESOURCE_GROUPS_TAGGING_API",
            "IAM", "STS", "ORGANIZATIONS");
    private static final Map<String, String> ACTION_PREFIXES = Map.of("dynamodb", "DYNAMODB", "s3", "S3", "sns", "SNS",
            "sqs", "SQS", "backup", "BACKUP", "tag", "RESOURCE_GROUPS_TAGGING_API", "iam", "IAM", "sts", "STS",
            "organizations", "ORGANIZATIONS");
    /** Permissions other services check (the function never calls IAM for them): no stand-in needed. */
    private static final Set<String> NOT_API_CALLS = Set.of("iam:passrole");
    private static final Map<String, String> POLICY_TEMPLATE_PREFIXES = Map.of("DynamoDB", "DYNAMODB", "S3", "S3",
            "SNS", "SNS", "SQS", "SQS");
    /**
     * What a function that may sts:AssumeRole reaches through the role it assumes: member-account.yaml's read-only
     * role allows AWS Backup, the tagging API and IAM's account alias, and local invoke's STS stand-in hands out only
     * that role.
     */
    static final Set<String> MEMBER_ROLE_SERVICES = Set.of("BACKUP", "RESOURCE_GROUPS_TAGGING_API", "IAM");
    private static final Map<String, String> NO_VALUE = Map.of("Ref", "AWS::NoValue");
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^!}][^}]*)}");

    FunctionReach {
        services = Set.copyOf(services);
        resources = Set.copyOf(resources);
    }

    static FunctionReach of(Template template, String functionId) {
        Template.Resource function = template.resource(functionId).filter(Template.Resource::isFunction)
                .orElseThrow(() -> new UnknownFunctionException(functionId, template.functionIds()));
        Map<String, Object> properties = FunctionReader.mergedProperties(template, function);
        Set<String> resources = new TreeSet<>();
        properties.forEach((name, value) -> {
            if (!"Events".equals(name)) {
                collectReferences(value, template, resources);
            }
        });
        Optional<Set<String>> services = Template.SERVERLESS_FUNCTION.equals(function.type())
                && !properties.containsKey("Role") ? servicesOf(properties.get("Policies")) : Optional.empty();
        return new FunctionReach(services.map(FunctionReach::withAssumedRole).orElse(EMULATED), resources);
    }

    private static Set<String> withAssumedRole(Set<String> services) {
        if (!services.contains("STS")) {
            return services;
        }
        Set<String> reached = new LinkedHashSet<>(services);
        reached.addAll(MEMBER_ROLE_SERVICES);
        return reached;
    }

    private static Optional<Set<String>> servicesOf(Object policies) {
        Set<String> services = new LinkedHashSet<>();
        List<?> items = policies instanceof List ? (List<?>) policies : policies == null ? List.of() : List.of(policies);
        for (Object policy : items) {
            if (!(policy instanceof Map) || ((Map<?, ?>) policy).isEmpty()) {
                return Optional.empty();
            }
            Map<String, Object> map = Template.asMap(policy, "Policies");
            if (map.size() == 1 && map.get("Fn::If") instanceof List<?> branches && branches.size() == 3) {
                for (Object branch : branches.subList(1, 3)) {
                    if (NO_VALUE.equals(branch)) {
                        continue;
                    }
                    Optional<Set<String>> reached = servicesOf(branch);
                    if (reached.isEmpty()) {
                        return Optional.empty();
                    }
                    services.addAll(reached.get());
                }
            } else if (map.containsKey("Statement")) {
                if (!addStatementServices(map.get("Statement"), services)) {
                    return Optional.empty();
                }
            } else if (map.size() == 1 && map.keySet().iterator().next().endsWith("Policy")) {
                String template = map.keySet().iterator().next();
                POLICY_TEMPLATE_PREFIXES.forEach((prefix, service) -> {
                    if (template.startsWith(prefix)) {
                        services.add(service);
                    }
                });
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(services);
    }

    private static boolean addStatementServices(Object statements, Set<String> services) {
        List<?> list = statements instanceof List ? (List<?>) statements : List.of(statements);
        for (Object statement : list) {
            if (!(statement instanceof Map)) {
                return false;
            }
            Map<String, Object> map = Template.asMap(statement, "Statement");
            if (map.containsKey("NotAction")) {
                return false;
            }
            if ("Deny".equals(map.get("Effect"))) {
                continue;
            }
            Object actions = map.get("Action");
            for (Object action : actions instanceof List ? (List<?>) actions : List.of(String.valueOf(actions))) {
                if (!(action instanceof String) || "*".equals(action)) {
                    return false;
                }
                if (NOT_API_CALLS.contains(((String) action).toLowerCase(Locale.ROOT))) {
                    continue;
                }
                String prefix = ((String) action).split(":", 2)[0].toLowerCase(Locale.ROOT);
                Optional.ofNullable(ACTION_PREFIXES.get(prefix)).ifPresent(services::add);
            }
        }
        return true;
    }

    private static void collectReferences(Object value, Template template, Set<String> resources) {
        if (value instanceof Map) {
            Map<String, Object> map = Template.asMap(value, "property");
            if (map.size() == 1) {
                Map.Entry<String, Object> only = map.entrySet().iterator().next();
                if ("Ref".equals(only.getKey()) || "Fn::GetAtt".equals(only.getKey())) {
                    Object target = only.getValue() instanceof List && !((List<?>) only.getValue()).isEmpty()
                            ? ((List<?>) only.getValue()).get(0) : only.getValue();
                    addIfResource(String.valueOf(target), template, resources);
                } else if ("Fn::Sub".equals(only.getKey())) {
                    Object text = only.getValue() instanceof List && !((List<?>) only.getValue()).isEmpty()
                            ? ((List<?>) only.getValue()).get(0) : only.getValue();
                    Matcher variables = SUB_VARIABLE.matcher(String.valueOf(text));
                    while (variables.find()) {
                        addIfResource(variables.group(1).split("\\.", 2)[0].trim(), template, resources);
                    }
                }
            }
            map.values().forEach(item -> collectReferences(item, template, resources));
        } else if (value instanceof List) {
            ((List<?>) value).forEach(item -> collectReferences(item, template, resources));
        }
    }

    private static void addIfResource(String logicalId, Template template, Set<String> resources) {
        if (template.resource(logicalId).isPresent()) {
            resources.add(logicalId);
        }
    }
}
