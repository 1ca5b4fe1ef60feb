package com.backupsentinel.local;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * A function of the template as Lambda would run it: Globals merged, intrinsics resolved, SAM's defaults
 * applied (128 MB, 3 s) where neither the function nor Globals says otherwise.
 *
 * @param handler     {@code package.Class::method} or {@code package.Class} (method handleRequest)
 * @param environment Environment.Variables, resolved to text
 * @param codeUri     the CodeUri when it is a local path
 * @param logging     what Lambda sets from LoggingConfig: AWS_LAMBDA_LOG_FORMAT, AWS_LAMBDA_LOG_LEVEL
 */
record FunctionDefinition(String logicalId, String functionName, String handler, String runtime, int memoryMb,
                          int timeoutSeconds, Map<String, String> environment, Optional<Path> codeUri,
                          String architecture, String logGroupName, Map<String, String> logging) {

    FunctionDefinition {
        environment = Map.copyOf(environment);
        logging = Map.copyOf(logging);
    }

    String handlerClass() {
        int separator = handler.indexOf("::");
        return separator < 0 ? handler : handler.substring(0, separator);
    }

    String handlerMethod() {
        int separator = handler.indexOf("::");
        return separator < 0 ? "handleRequest" : handler.substring(separator + 2);
    }

    String functionArn(StackSettings stack) {
        return stack.arn("lambda", "function:" + functionName, true, true);
    }

    FunctionDefinition withEnvironment(Map<String, String> newEnvironment) {
        return new FunctionDefinition(logicalId, functionName, handler, runtime, memoryMb, timeoutSeconds,
                newEnvironment, codeUri, architecture, logGroupName, logging);
    }
}
