package com.backupsentinel.orgvalidation.aggregate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** How many shards (or accounts) came out which way. */
@JsonPropertyOrder({"total", "compliant", "nonCompliant", "error", "incomplete"})
public record StatusCounts(int total, int compliant, int nonCompliant, int error, int incomplete) {

    static final StatusCounts NONE = new StatusCounts(0, 0, 0, 0, 0);

    StatusCounts plus(String status) {
        return new StatusCounts(total + 1, compliant + (Statuses.COMPLIANT.equals(status) ? 1 : 0),
                nonCompliant + (Statuses.NON_COMPLIANT.equals(status) ? 1 : 0),
                error + (Statuses.ERROR.equals(status) ? 1 : 0),
                incomplete + (!Statuses.COMPLIANT.equals(status) && !Statuses.NON_COMPLIANT.equals(status)
                        && !Statuses.ERROR.equals(status) ? 1 : 0));
    }
}
