package com.backupsentinel.standins.sns;

/** An SNS API error: the query-protocol error code, its HTTP status and the message AWS would send. */
final class SnsError extends RuntimeException {

    private final String code;
    private final int status;

    SnsError(String code, int status, String message) {
        super(message);
        this.code = code;
        this.status = status;
    }

    static SnsError invalidParameter(String message) {
        return new SnsError("InvalidParameter", 400, "Invalid parameter: " + message);
    }

    static SnsError invalidValue(String message) {
        return new SnsError("ParameterValueInvalid", 400, message);
    }

    static SnsError notFound(String message) {
        return new SnsError("NotFound", 404, message);
    }

    String code() {
        return code;
    }

    int status() {
        return status;
    }
}
