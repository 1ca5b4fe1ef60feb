package com.backupsentinel.shared.member;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The read-only role every member account of the organisation carries (member-account.yaml): its name, the external
 * id its trust policy demands, and the partition its ARNs are in.
 *
 * @param externalId empty when the trust policy relies on aws:PrincipalOrgID alone
 */
public record MemberRole(String partition, String roleName, Optional<String> externalId) {

    /** IAM's role name characters, 1 to 64 of them (no path: member-account.yaml creates it at the root). */
    static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");
    /** STS's external id: 2 to 1224 of these characters. */
    static final Pattern EXTERNAL_ID = Pattern.compile("[\\w+=,.@:/-]{2,1224}");
    private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");

    public MemberRole {
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(roleName, "roleName");
        Objects.requireNonNull(externalId, "externalId");
        if (!ROLE_NAME.matcher(roleName).matches()) {
            throw new IllegalArgumentException("roleName must be 1 to 64 of A-Z a-z 0-9 + = , . @ _ -, got '"
                    + roleName + "'");
        }
        externalId.ifPresent(id -> {
            if (!EXTERNAL_ID.matcher(id).matches()) {
                throw new IllegalArgumentException("externalId must be 2 to 1224 of A-Z a-z 0-9 + = , . @ : / _ -");
            }
        });
    }

    /** The role in {@code region}'s partition: aws-cn for cn-*, aws-us-gov for us-gov-*, aws otherwise. */
    public static MemberRole inRegion(String region, String roleName, Optional<String> externalId) {
        return new MemberRole(partitionOf(region), roleName, externalId);
    }

    /** {@code arn:<partition>:iam::<accountId>:role/<roleName>}; the account must be 12 digits. */
    public String arnIn(String accountId) {
        if (accountId == null || !ACCOUNT.matcher(accountId).matches()) {
            throw new IllegalArgumentException("accountId must be 12 digits, got '" + accountId + "'");
        }
        return "arn:" + partition + ":iam::" + accountId + ":role/" + roleName;
    }

    static String partitionOf(String region) {
        String name = Objects.requireNonNull(region, "region").toLowerCase(Locale.ROOT);
        if (name.startsWith("cn-")) {
            return "aws-cn";
        }
        if (name.startsWith("us-gov-")) {
            return "aws-us-gov";
        }
        return "aws";
    }
}
