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

    private static String part(String arn, int index) {
        String[] parts = arn.split(":", 6);
        return parts.length > index && parts[0].equals("arn") ? parts[index] : "";
    }
}
