package com.backupsentinel.notifier;

import com.backupsentinel.shared.aws.AwsClientFactory;
import com.backupsentinel.shared.aws.BackupClients;
import com.backupsentinel.shared.config.Environment;
import com.backupsentinel.shared.member.CachedMemberRoles;
import com.backupsentinel.shared.member.MemberCredentials;
import com.backupsentinel.shared.member.MemberEnvironment;
import com.backupsentinel.shared.member.MemberRole;
import com.backupsentinel.shared.member.StsMemberRoles;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.sts.StsClient;

/** Builds the notifier's {@link AccountLookups} from its environment: its own account only, or every member's too. */
final class MemberAccess {

    /** How long a member's credentials serve a burst of its events before the role is assumed again. */
    static final Duration CREDENTIALS_TTL = Duration.ofMinutes(10);

    private MemberAccess() {
    }

    static AccountLookups lookups(Environment environment, AwsClientFactory clients, BackupLookup home, Clock clock) {
        MemberAccessConfig config = MemberAccessConfig.from(environment);
        if (config.memberRole().isEmpty()) {
            return AccountLookups.home(home);
        }
        MemberRole role = config.memberRole().get();
        StsMemberRoles sts = new StsMemberRoles(clients.build(StsClient.builder(), "STS"), role);
        String ownRegion = clients.region().id();
        return new MemberAccountLookups(config.homeAccountId(), home, new CachedMemberRoles(sts, CREDENTIALS_TTL,
                clock),
                (credentials, region) -> new AwsBackupLookup(BackupClients.build(
                        member(environment, clients, credentials, region))),
                credentials -> readAlias(member(environment, clients, credentials, ownRegion)));
    }

    private static Optional<String> readAlias(AwsClientFactory member) {
        try (IamClient iam = member.build(IamClient.builder(), "IAM")) {
            return IamAccountAliases.read(iam);
        }
    }

    /** Clients in a member account that read the same invocation budget as the function's own. */
    private static AwsClientFactory member(Environment environment, AwsClientFactory own,
                                           MemberCredentials credentials, String region) {
        return AwsClientFactory.fromEnvironment(MemberEnvironment.of(environment, credentials, region, Map.of()),
                own.budget());
    }
}
