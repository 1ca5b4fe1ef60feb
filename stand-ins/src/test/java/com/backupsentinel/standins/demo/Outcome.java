package com.backupsentinel.standins.demo;

/**
 * How one scheduled backup of one resource ends in the demo history.
 *
 * @param state    the job state (COMPLETED, FAILED, EXPIRED, ABORTED, RUNNING, PARTIAL) or SKIP for no job at all
 * @param message  StatusMessage, or null
 * @param category MessageCategory, or null
 */
record Outcome(String state, String message, String category) {

    static final Outcome SUCCESS = new Outcome("COMPLETED", null, "SUCCESS");
    static final Outcome SKIP = new Outcome("SKIP", null, null);

    static Outcome failed(String message, String category) {
        return new Outcome("FAILED", message, category);
    }

    static Outcome withIssues(String message, String category) {
        return new Outcome("COMPLETED", message, category);
    }

    boolean makesPoint() {
        return state.equals("COMPLETED") || state.equals("PARTIAL");
    }
}
