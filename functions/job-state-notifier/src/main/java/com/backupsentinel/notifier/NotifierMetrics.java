package com.backupsentinel.notifier;

/** The metric and dimension names JobStateNotifierFunction emits (CloudWatch EMF, namespace BackupSentinel). */
final class NotifierMetrics {

    /** Every invocation (no dimensions). */
    static final String EVENTS_RECEIVED = "EventsReceived";
    /** Events rejected as unreadable, not from aws.backup, or lacking their job id (no dimensions). */
    static final String EVENTS_REJECTED = "EventsRejected";
    /** Alerts published, by {@code Severity} and {@code EventType}. */
    static final String ALERTS_PUBLISHED = "AlertsPublished";
    /** Events not published because they are below NOTIFICATION_LEVEL, by {@code Severity} and {@code EventType}. */
    static final String ALERTS_BELOW_LEVEL = "AlertsBelowLevel";
    /** Deliveries suppressed as duplicates, by {@code EventType}. */
    static final String DUPLICATES_SUPPRESSED = "DuplicatesSuppressed";
    /** Describe* look-ups that failed, by {@code Operation}. */
    static final String ENRICHMENT_FAILURES = "EnrichmentFailures";

    static final String SEVERITY = "Severity";
    static final String EVENT_TYPE = "EventType";
    static final String OPERATION = "Operation";

    private NotifierMetrics() {
    }

    /**
     * The {@code EventType} dimension value: the detail-type without spaces ({@code BackupJobStateChange}), since
     * CloudWatch EMF dimension values may not contain whitespace.
     */
    static String eventType(String detailType) {
        return detailType.replaceAll("\\s+", "");
    }
}
