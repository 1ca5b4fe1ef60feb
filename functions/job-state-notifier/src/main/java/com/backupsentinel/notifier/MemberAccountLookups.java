package com.backupsentinel.notifier;

import static com.backupsentinel.shared.logging.StructuredArguments.entry;

import com.backupsentinel.shared.events.EventEnvelope;
import com.backupsentinel.shared.member.MemberAccessException;
import com.backupsentinel.shared.member.MemberCredentials;
import com.backupsentinel.shared.member.MemberRoles;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link AccountLookups} for a central account that receives the aws.backup events its member accounts forward: an
 * event of the home account is looked up with the function's own client; an event of another account through that
 * account's read-only role (member-account.yaml), assumed once per account for a short while
 * ({@code CachedMemberRoles}), with one AWS Backup client per account, region and credentials. A role that cannot be
 * assumed does not stop the alert: the look-up fails as any other would, and the alert says so. The alias is read
 * once per account through the same role; an account whose alias cannot be read is named by its id.
 */
final class MemberAccountLookups implements AccountLookups {

    static final String SESSION_NAME = "backup-sentinel-alerts";
    private static final Logger LOG = LoggerFactory.getLogger(MemberAccountLookups.class);

    private final String homeAccountId;
    private final BackupLookup home;
    private final MemberRoles roles;
    private final BiFunction<MemberCredentials, String, BackupLookup> lookups;
    private final Function<MemberCredentials, Optional<String>> aliases;
    private final Map<String, BackupLookup> clients = new ConcurrentHashMap<>();
    private final Map<String, Optional<String>> aliasByAccount = new ConcurrentHashMap<>();

    /**
     * @param lookups an AWS Backup look-up on a member's credentials in a region
     * @param aliases the member account's alias read with its credentials (empty when it has none); may throw
     */
    MemberAccountLookups(String homeAccountId, BackupLookup home, MemberRoles roles,
                         BiFunction<MemberCredentials, String, BackupLookup> lookups,
                         Function<MemberCredentials, Optional<String>> aliases) {
        this.homeAccountId = Objects.requireNonNull(homeAccountId, "homeAccountId");
        this.home = Objects.requireNonNull(home, "home");
        this.roles = Objects.requireNonNull(roles, "roles");
        this.lookups = Objects.requireNonNull(lookups, "lookups");
        this.aliases = Objects.requireNonNull(aliases, "aliases");
    }

    @Override
    public BackupLookup backup(EventEnvelope envelope) {
        if (isHome(envelope)) {
            return home;
        }
        MemberCredentials credentials;
        try {
            credentials = roles.assume(envelope.account(), SESSION_NAME);
        } catch (MemberAccessException e) {
            return new UnavailableLookup("AssumeRole", e.getMessage());
        }
        // a new key after the credentials were refreshed: the old client is dropped with them
        return clients.compute(envelope.account() + "/" + envelope.region(), (key, existing) ->
                existing instanceof CredentialBound bound && bound.credentials().equals(credentials) ? existing
                        : new CredentialBound(credentials, lookups.apply(credentials, envelope.region())));
    }

    @Override
    public Optional<String> accountAlias(EventEnvelope envelope) {
        if (isHome(envelope)) {
            return Optional.empty();
        }
        Optional<String> known = aliasByAccount.get(envelope.account());
        if (known != null) {
            return known;
        }
        try {
            Optional<String> alias = aliases.apply(roles.assume(envelope.account(), SESSION_NAME));
            aliasByAccount.put(envelope.account(), alias);
            return alias;
        } catch (RuntimeException e) {
            LOG.warn("Account alias not readable; the alert names the account by its id",
                    entry("accountId", envelope.account()), entry("reason", e.getMessage()));
            return Optional.empty();
        }
    }

    private boolean isHome(EventEnvelope envelope) {
        return envelope.account().isEmpty() || envelope.account().equals(homeAccountId);
    }

    /** A member's look-up with the credentials it was built on. */
    private record CredentialBound(MemberCredentials credentials, BackupLookup lookup) implements BackupLookup {

        @Override
        public JobDescription describeBackupJob(String backupJobId) {
            return lookup.describeBackupJob(backupJobId);
        }

        @Override
        public JobDescription describeCopyJob(String copyJobId) {
            return lookup.describeCopyJob(copyJobId);
        }

        @Override
        public JobDescription describeRestoreJob(String restoreJobId) {
            return lookup.describeRestoreJob(restoreJobId);
        }

        @Override
        public JobDescription describeRecoveryPoint(String backupVaultName, String recoveryPointArn) {
            return lookup.describeRecoveryPoint(backupVaultName, recoveryPointArn);
        }

        @Override
        public String backupPlanName(String backupPlanId, Optional<String> versionId) {
            return lookup.backupPlanName(backupPlanId, versionId);
        }
    }

    /** Every look-up fails with the same reason: the member's role could not be assumed. */
    private record UnavailableLookup(String operation, String reason) implements BackupLookup {

        @Override
        public JobDescription describeBackupJob(String backupJobId) {
            throw failure();
        }

        @Override
        public JobDescription describeCopyJob(String copyJobId) {
            throw failure();
        }

        @Override
        public JobDescription describeRestoreJob(String restoreJobId) {
            throw failure();
        }

        @Override
        public JobDescription describeRecoveryPoint(String backupVaultName, String recoveryPointArn) {
            throw failure();
        }

        @Override
        public String backupPlanName(String backupPlanId, Optional<String> versionId) {
            throw failure();
        }

        private LookupFailedException failure() {
            return new LookupFailedException(operation, reason, null);
        }
    }
}
