package com.backupsentinel.standins.backup;

/** An AWS Backup API error: the REST-JSON error code ({@code x-amzn-ErrorType}), its HTTP status and message. */
final class BackupError extends RuntimeException {

    private final String code;
    private final int status;

    BackupError(String code, int status, String message) {
        super(message);
        this.code = code;
        this.status = status;
    }

    static BackupError notFound(String message) {
        return new BackupError("ResourceNotFoundException", 404, message);
    }

    static BackupError invalidValue(String message) {
        return new BackupError("InvalidParameterValueException", 400, message);
    }

    static BackupError missing(String member) {
        return new BackupError("MissingParameterValueException", 400, member + " is required");
    }

    static BackupError invalidRequest(String message) {
        return new BackupError("InvalidRequestException", 400, message);
    }

    String code() {
        return code;
    }

    int status() {
        return status;
    }
}
