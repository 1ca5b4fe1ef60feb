package com.backupsentinel.usage;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

/** One line of the usage CSV: the last deployment of one (date, customer, user). */
record UsageRow(LocalDate date, String customer, String user, int additionalUsersCount, String projectName,
                String clusterName) {

    /** The CSV's order: date, customer, user (customer and user names are ASCII, so this is byte order too). */
    static final Comparator<UsageRow> ORDER = Comparator.comparing(UsageRow::date)
            .thenComparing(UsageRow::customer)
            .thenComparing(UsageRow::user);

    UsageRow {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(projectName, "projectName");
        Objects.requireNonNull(clusterName, "clusterName");
    }
}
