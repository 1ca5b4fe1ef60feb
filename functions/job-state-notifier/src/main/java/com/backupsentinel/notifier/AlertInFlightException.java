package com.backupsentinel.notifier;

/**
 * Another invocation claimed this alert and may still be publishing it (its lease, which ends when Lambda would
 * end that invocation, has not run out). Failing makes Lambda retry the event later, when the alert is either
 * published (and this delivery is a duplicate) or the claim has lapsed and this event's retry publishes it.
 */
final class AlertInFlightException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    AlertInFlightException(String dedupKey) {
        super("Alert " + dedupKey + " is being published by another invocation; retry later");
    }
}
