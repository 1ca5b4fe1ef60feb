package com.backupsentinel.usage;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who ran a deployment, read from the caller ARN that {@code aws_caller_identity} returns. The CSV's user is:
 * <ul>
 *   <li>IAM user {@code arn:aws:iam::111122223333:user/path/jdoe}: the user name, {@code jdoe};</li>
 *   <li>assumed role {@code arn:aws:sts::111122223333:assumed-role/Deployer/jdoe}: the session name,
 *       {@code jdoe}; IAM Identity Center (SSO) is the same with an {@code AWSReservedSSO_...} role, and its session
 *       name is the user's sign-in name, such as {@code jdoe@example.com};</li>
 *   <li>federated user {@code arn:aws:sts::111122223333:federated-user/jdoe}: {@code jdoe};</li>
 *   <li>root {@code arn:aws:iam::111122223333:root}: {@code root}.</li>
 * </ul>
 * In every case that is the text after the last {@code /} of the resource, or {@code root}. Any other ARN is rejected.
 */
record CallerIdentity(String partition, String accountId, Kind kind, String user) {

    /** The kind of principal. */
    enum Kind {
        IAM_USER,
        ROOT,
        ASSUMED_ROLE,
        SSO,
        FEDERATED_USER
    }

    static final int MAX_ARN_LENGTH = 2048;
    private static final Pattern ARN = Pattern.compile("arn:(aws(?:-[a-z]+)*):(iam|sts)::(\\d{12}):(.+)");
    private static final Pattern NAME_CHARS = Pattern.compile("[\\w+=,.@-]+");
    private static final Pattern PATH_SEGMENT = Pattern.compile("[\\x21-\\x2e\\x30-\\x7e]{1,512}");

    static CallerIdentity parse(String arn) {
        if (arn.length() > MAX_ARN_LENGTH) {
            throw invalid("the caller ARN is longer than " + MAX_ARN_LENGTH + " characters");
        }
        Matcher matcher = ARN.matcher(arn);
        if (!matcher.matches()) {
            throw invalid("the caller ARN " + Texts.quote(arn)
                    + " is not arn:<partition>:iam|sts::<12-digit account>:<resource>");
        }
        String partition = matcher.group(1);
        String service = matcher.group(2);
        String account = matcher.group(3);
        String resource = matcher.group(4);
        String[] parts = resource.split("/", -1);
        if ("iam".equals(service) && "root".equals(resource)) {
            return new CallerIdentity(partition, account, Kind.ROOT, "root");
        }
        if ("iam".equals(service) && "user".equals(parts[0]) && parts.length >= 2) {
            return iamUser(arn, partition, account, parts);
        }
        if ("sts".equals(service) && "assumed-role".equals(parts[0]) && parts.length == 3) {
            requireName(parts[1], 1, 64, "role name", arn);
            requireName(parts[2], 2, 64, "session name", arn);
            Kind kind = parts[1].startsWith("AWSReservedSSO_") ? Kind.SSO : Kind.ASSUMED_ROLE;
            return new CallerIdentity(partition, account, kind, parts[2]);
        }
        if ("sts".equals(service) && "federated-user".equals(parts[0]) && parts.length == 2) {
            requireName(parts[1], 2, 32, "federated user name", arn);
            return new CallerIdentity(partition, account, Kind.FEDERATED_USER, parts[1]);
        }
        throw invalid("the caller ARN " + Texts.quote(arn) + " is not an IAM user, root, assumed-role (SSO included)"
                + " or federated-user ARN");
    }

    private static CallerIdentity iamUser(String arn, String partition, String account, String[] parts) {
        for (int i = 1; i < parts.length - 1; i++) {
            if (!PATH_SEGMENT.matcher(parts[i]).matches()) {
                throw invalid("the caller ARN " + Texts.quote(arn) + " has an invalid IAM path");
            }
        }
        String name = parts[parts.length - 1];
        requireName(name, 1, 64, "IAM user name", arn);
        return new CallerIdentity(partition, account, Kind.IAM_USER, name);
    }

    private static void requireName(String name, int min, int max, String what, String arn) {
        if (name.length() < min || name.length() > max || !NAME_CHARS.matcher(name).matches()) {
            throw invalid("the " + what + " in the caller ARN " + Texts.quote(arn) + " must be " + min + " to " + max
                    + " characters from letters, digits and + = , . @ _ - (IAM's rule)");
        }
    }

    private static InvalidUsageLogException invalid(String message) {
        return new InvalidUsageLogException(QuarantineReason.ARN_INVALID, message);
    }
}
