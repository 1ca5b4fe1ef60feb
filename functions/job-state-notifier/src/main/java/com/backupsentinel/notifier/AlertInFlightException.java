package com.backupsentinel.notifier;

/**
 * Another invocation claimed this alert moments ago and has not finished. Failing makes Lambda retry the event
 * later, when the alert is either published (and this delivery is a duplicate) or the claim has lapsed.
 */
final class AlertInFlightException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    AlertInFlightException(String dedupKey) {
        super("Alert " + dedupKey + " is being published by another invocation; retry later");
    }
}
