package com.backupsentinel.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@code FUNCTION_LOGICAL_ID EVENT_FILE [--env-vars FILE] [--capture DIR]}, checked before anything starts. */
record Arguments(String functionId, Path eventFile, Optional<Path> envVarsFile, Optional<Path> captureDir) {

    static final String USAGE = String.join(System.lineSeparator(),
            "usage: scripts/local-invoke FUNCTION_LOGICAL_ID EVENT_FILE [--env-vars FILE] [--capture DIR]",
            "",
            "Runs a function of template.yaml in-process like `sam local invoke FUNCTION_LOGICAL_ID -e EVENT_FILE`:",
            "response JSON on stdout, logs on stderr. Without AWS_ENDPOINT_URL* in the environment it starts embedded",
            "stand-ins (DynamoDB Local, S3, SNS, AWS Backup serving demo-account/ or $SENTINEL_INVENTORY).",
            "",
            "  EVENT_FILE          the event as Lambda delivers it (see events/<function>/); '-' reads stdin",
            "  --env-vars FILE     SAM's format: {\"FunctionLogicalId\": {\"VAR\": \"value\"}, \"Parameters\": {...}}",
            "  --capture DIR       write every SNS publish, S3 object written and AWS Backup Start*/Stop* call as files",
            "",
            "exit status: 0 success, 1 the function failed (Lambda error JSON on stdout), 2 usage,",
            "             3 the template or the local AWS environment could not be set up");

    static Arguments parse(String... args) throws UsageException {
        String functionId = null;
        Path eventFile = null;
        Optional<Path> envVars = Optional.empty();
        Optional<Path> capture = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ("--env-vars".equals(arg) || "--capture".equals(arg)) {
                if (i + 1 >= args.length || args[i + 1].isBlank()) {
                    throw new UsageException(arg + " needs a value");
                }
                Path value = Path.of(args[++i]);
                if ("--env-vars".equals(arg)) {
                    envVars = Optional.of(value);
                } else {
                    capture = Optional.of(value);
                }
            } else if (arg.startsWith("--") || "-h".equals(arg)) {
                throw new UsageException("unknown option " + arg);
            } else if (functionId == null) {
                functionId = arg;
            } else if (eventFile == null) {
                eventFile = Path.of(arg);
            } else {
                throw new UsageException("unexpected argument " + arg);
            }
        }
        if (functionId == null || eventFile == null) {
            throw new UsageException(functionId == null ? "FUNCTION_LOGICAL_ID is missing" : "EVENT_FILE is missing");
        }
        if (!"-".equals(eventFile.toString()) && !Files.isRegularFile(eventFile)) {
            throw new UsageException("event file " + eventFile + " does not exist");
        }
        if (envVars.isPresent() && !Files.isRegularFile(envVars.get())) {
            throw new UsageException("--env-vars file " + envVars.get() + " does not exist");
        }
        return new Arguments(functionId, eventFile, envVars, capture);
    }
}
