package com.backupsentinel.usage;

import java.util.List;

/** The SQS batch from the event source mapping, each body an EventBridge "Object Created" event. */
record SqsBatch(List<SqsMessage> messages) implements Invocation {

    SqsBatch {
        messages = List.copyOf(messages);
    }
}
