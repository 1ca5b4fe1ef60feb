package com.backupsentinel.validator.inventory;

/** Reads the fields of an ARN ({@code arn:partition:service:region:account:resource}); empty when absent. */
public final class ArnParts {

    private ArnParts() {
    }

    public static String service(String arn) {
        return part(arn, 2);
    }

    public static String region(String arn) {
        return part(arn, 3);
    }

    public static String account(String arn) {
        return part(arn, 4);
    }

    /** The resource part, everything after the fifth colon. */
    public static String resource(String arn) {
        return part(arn, 5);
    }

    /** The {@code index}th colon-separated field (the resource, index 5, keeps its own colons); no array is made. */
    private static String part(String arn, int index) {
        if (!arn.startsWith("arn:")) {
            return "";
        }
        int start = 0;
        for (int i = 0; i < index; i++) {
            int colon = arn.indexOf(':', start);
            if (colon < 0) {
                return "";
            }
            start = colon + 1;
        }
        int end = index == 5 ? -1 : arn.indexOf(':', start);
        return end < 0 ? arn.substring(start) : arn.substring(start, end);
    }
}
