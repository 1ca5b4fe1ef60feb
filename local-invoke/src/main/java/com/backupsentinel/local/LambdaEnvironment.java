package com.backupsentinel.local;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The environment a function sees in Lambda: its template Environment.Variables (with the env-vars file's
 * overrides), the endpoints of the local AWS, and the variables Lambda itself sets (region, function name,
 * memory, log group and stream, handler, execution environment, UTC). SAM local's AWS_SAM_LOCAL=true is set too.
 */
final class LambdaEnvironment {

    private LambdaEnvironment() {
    }

    static Map<String, String> of(FunctionDefinition function, StackSettings stack, LocalContext context,
                                  Map<String, String> endpoints) {
        Map<String, String> environment = new LinkedHashMap<>(function.environment());
        environment.putAll(endpoints);
        environment.putAll(function.logging());
        environment.put("AWS_REGION", stack.region());
        environment.put("AWS_DEFAULT_REGION", stack.region());
        environment.put("AWS_LAMBDA_FUNCTION_NAME", function.functionName());
        environment.put("AWS_LAMBDA_FUNCTION_VERSION", context.getFunctionVersion());
        environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", Integer.toString(function.memoryMb()));
        environment.put("AWS_LAMBDA_LOG_GROUP_NAME", context.getLogGroupName());
        environment.put("AWS_LAMBDA_LOG_STREAM_NAME", context.getLogStreamName());
        environment.put("AWS_LAMBDA_INITIALIZATION_TYPE", "on-demand");
        environment.put("AWS_EXECUTION_ENV", "AWS_Lambda_" + function.runtime());
        environment.put("AWS_SAM_LOCAL", "true");
        environment.put("_HANDLER", function.handler());
        environment.put("TZ", ":UTC");
        return environment;
    }

    /**
     * Applies the env-vars file: {@code Parameters} values, then the function's own values (by logical ID or
     * function name), each only to variables the template declares for the function, as SAM does. Adds the
     * names of the function's values it ignored to {@code ignored}, for a note.
     */
    static FunctionDefinition withOverrides(FunctionDefinition function, EnvVarsFile file, Set<String> ignored) {
        Map<String, String> environment = new LinkedHashMap<>(function.environment());
        file.parameters().forEach((name, value) -> environment.computeIfPresent(name, (n, old) -> value));
        Map<String, String> own = new LinkedHashMap<>(file.forFunction(function.functionName()));
        own.putAll(file.forFunction(function.logicalId()));
        Set<String> undeclared = new TreeSet<>();
        own.forEach((name, value) -> {
            if (environment.containsKey(name)) {
                environment.put(name, value);
            } else {
                undeclared.add(name);
            }
        });
        ignored.addAll(undeclared);
        return function.withEnvironment(environment);
    }
}
