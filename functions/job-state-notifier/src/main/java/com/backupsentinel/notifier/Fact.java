package com.backupsentinel.notifier;

import java.util.Objects;

/** One labelled line of an alert body, such as {@code Destination vault: vault-b}. */
record Fact(String label, String value) {

    Fact {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
