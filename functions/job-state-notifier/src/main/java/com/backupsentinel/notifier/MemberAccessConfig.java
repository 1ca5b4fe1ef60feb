package com.backupsentinel.notifier;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.config.ConfigReader;
import com.backupsentinel.shared.config.ConfigurationException;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.member.MemberRole;
import java.util.Objects;
import java.util.Optional;

/**
 * Org-wide alerts' settings (OrgValidation=enabled): the member accounts' read-only role, and this account's id, whose
 * own events need no role. No MEMBER_ROLE_NAME = the notifier looks up every event with its own credentials, as a
 * single-account stack does.
 */
record MemberAccessConfig(Optional<MemberRole> memberRole, String homeAccountId) {

    static final String MEMBER_ROLE_NAME = "MEMBER_ROLE_NAME";
    static final String MEMBER_EXTERNAL_ID = "MEMBER_EXTERNAL_ID";
    static final String HOME_ACCOUNT_ID = "HOME_ACCOUNT_ID";

    MemberAccessConfig {
        Objects.requireNonNull(memberRole, "memberRole");
        Objects.requireNonNull(homeAccountId, "homeAccountId");
    }

    static MemberAccessConfig from(Environment environment) {
        ConfigReader reader = new ConfigReader(environment);
        Optional<String> roleName = reader.optional(MEMBER_ROLE_NAME);
        if (roleName.isEmpty()) {
            return new MemberAccessConfig(Optional.empty(), reader.optional(HOME_ACCOUNT_ID, ""));
        }
        String home = reader.required(HOME_ACCOUNT_ID, "123456789012");
        if (!home.matches("\\d{12}")) {
            throw new ConfigurationException("Environment variable " + HOME_ACCOUNT_ID
                    + " must be a 12-digit account id, got '" + home + "'");
        }
        try {
            return new MemberAccessConfig(Optional.of(MemberRole.inRegion(reader.required(AwsClientFactory.REGION,
                    "us-east-1"), roleName.get(), reader.optional(MEMBER_EXTERNAL_ID))), home);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("Environment variable " + (e.getMessage().startsWith("roleName")
                    ? MEMBER_ROLE_NAME : MEMBER_EXTERNAL_ID) + " is invalid: " + e.getMessage());
        }
    }
}
