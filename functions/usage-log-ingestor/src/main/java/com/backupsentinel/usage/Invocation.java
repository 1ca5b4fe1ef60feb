package com.backupsentinel.usage;

/** What the handler was asked to do: told apart by {@link Invocations#parse}. */
sealed interface Invocation permits SqsBatch, ReportRequest, BackfillRequest, ConfigHistoryRequest {
}
