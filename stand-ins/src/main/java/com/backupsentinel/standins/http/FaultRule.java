package com.backupsentinel.standins.http;

import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One fault to inject: {@code SERVICE:OPERATION=KIND[:COUNT]}, e.g. {@code sns:Publish=hang} or
 * {@code dynamodb:PutItem=throttle:2} ({@code conflict} is DynamoDB's transaction conflict, for {@code dynamodb}
 * only). SERVICE is the SigV4 signing name ({@code sns}, {@code dynamodb}, {@code s3},
 * {@code backup}, {@code tagging}, {@code sqs}, {@code sts}), OPERATION the API reference's operation name. Without
 * COUNT every matching call gets the fault; with it, the first COUNT matching calls do and later ones pass.
 *
 * @param service   the signing name, lower case
 * @param operation the operation name as the API reference spells it
 * @param kind      what happens to a matching call
 * @param count     how many matching calls get the fault; empty means all
 * @param passFirst how many matching calls pass before the fault applies (tests use it to hit, say, the third
 *                  PutItem of an invocation; the command line always starts at the first)
 */
public record FaultRule(String service, String operation, FaultKind kind, OptionalInt count, int passFirst) {

    public static final String FORMAT = "SERVICE:OPERATION=hang|reset|http500|throttle|conflict[:COUNT]";

    public FaultRule {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(count, "count");
        service = service.toLowerCase(Locale.ROOT);
        if (passFirst < 0) {
            throw new IllegalArgumentException("passFirst must not be negative, got " + passFirst);
        }
        if (count.isPresent() && count.getAsInt() < 1) {
            throw new IllegalArgumentException("fault COUNT must be at least 1, got " + count.getAsInt());
        }
        if (kind == FaultKind.CONFLICT && !service.equals("dynamodb")) {
            throw new IllegalArgumentException("invalid fault '" + service + ":" + operation
                    + "=conflict': conflict is a DynamoDB error; use it with dynamodb:OPERATION");
        }
    }

    /** Parses {@value #FORMAT}; the message of a failure names what is wrong and the expected format. */
    public static FaultRule parse(String spec) {
        String text = Objects.requireNonNull(spec, "spec").trim();
        int equals = text.indexOf('=');
        int colon = text.indexOf(':');
        if (equals < 0 || colon < 1 || colon > equals) {
            throw invalid(text, "expected " + FORMAT);
        }
        String service = text.substring(0, colon);
        String operation = text.substring(colon + 1, equals);
        if (!service.matches("[A-Za-z0-9-]+")) {
            throw invalid(text, "SERVICE must be a signing name such as sns, dynamodb, s3, backup or tagging");
        }
        if (!operation.matches("[A-Za-z0-9]+")) {
            throw invalid(text, "OPERATION must be an operation name such as Publish, PutItem or StartBackupJob");
        }
        String action = text.substring(equals + 1);
        int countAt = action.indexOf(':');
        String kindName = countAt < 0 ? action : action.substring(0, countAt);
        FaultKind kind;
        try {
            kind = FaultKind.of(kindName);
        } catch (IllegalArgumentException e) {
            throw invalid(text, e.getMessage());
        }
        OptionalInt count = OptionalInt.empty();
        if (countAt >= 0) {
            String digits = action.substring(countAt + 1);
            if (!digits.matches("[1-9][0-9]{0,8}")) {
                throw invalid(text, "COUNT must be a whole number of at least 1, got '" + digits + "'");
            }
            count = OptionalInt.of(Integer.parseInt(digits));
        }
        return new FaultRule(service, operation, kind, count, 0);
    }

    /** The same fault, applied only after {@code calls} matching calls have passed. */
    public FaultRule afterPassing(int calls) {
        return new FaultRule(service, operation, kind, count, calls);
    }

    private static IllegalArgumentException invalid(String spec, String problem) {
        return new IllegalArgumentException("invalid fault '" + spec + "': " + problem);
    }

    boolean matches(AwsOperation call) {
        return service.equals(call.service()) && operation.equalsIgnoreCase(call.operation());
    }

    @Override
    public String toString() {
        return service + ":" + operation + "=" + kind.wireName()
                + (count.isPresent() ? ":" + count.getAsInt() : "") + (passFirst > 0 ? " after " + passFirst : "");
    }
}
