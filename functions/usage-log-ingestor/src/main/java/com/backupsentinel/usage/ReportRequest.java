package com.backupsentinel.usage;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** {@code {"action": "report", "customer": optional, "from": optional, "to": optional}}, dates inclusive, UTC. */
record ReportRequest(Optional<String> customer, Optional<LocalDate> from, Optional<LocalDate> to)
        implements Invocation {

    ReportRequest {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        customer.ifPresent(name -> CustomerNames.require("customer", name));
        if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
            throw new IllegalArgumentException("from " + from.get() + " is after to " + to.get());
        }
    }
}
