package com.backupsentinel.usage;

import java.util.Objects;

/** One SQS record of the batch: its id (for partial batch failures), body and receive count. */
record SqsMessage(String messageId, String body, int receiveCount) {

    SqsMessage {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(body, "body");
    }
}
