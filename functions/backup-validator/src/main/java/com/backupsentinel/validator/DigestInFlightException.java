package com.backupsentinel.validator;

/** Another invocation of the same run holds the digest claim and may still be publishing it: retry later. */
final class DigestInFlightException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    DigestInFlightException(String runId) {
        super("The digest of run " + runId + " is being published by another invocation; retry later");
    }
}
