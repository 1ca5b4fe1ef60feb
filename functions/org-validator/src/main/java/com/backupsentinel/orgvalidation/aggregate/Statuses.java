package com.backupsentinel.orgvalidation.aggregate;

import java.util.Map;

/**
 * How bad a status is, for ranking and for an account's or the run's overall status: ERROR, then INCOMPLETE, then
 * NON_COMPLIANT, then COMPLIANT. A status this version does not know ranks with INCOMPLETE: worse than a finding,
 * not as bad as a failure.
 */
final class Statuses {

    static final String COMPLIANT = "COMPLIANT";
    static final String NON_COMPLIANT = "NON_COMPLIANT";
    static final String INCOMPLETE = "INCOMPLETE";
    static final String ERROR = "ERROR";
    private static final Map<String, Integer> SEVERITY = Map.of(COMPLIANT, 0, NON_COMPLIANT, 1, INCOMPLETE, 2,
            ERROR, 3);

    private Statuses() {
    }

    static int rank(String status) {
        return SEVERITY.getOrDefault(status, 2);
    }

    static String worse(String a, String b) {
        return rank(b) > rank(a) ? b : a;
    }
}
