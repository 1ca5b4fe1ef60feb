package com.backupsentinel.standins.org;

import com.backupsentinel.standins.BackupStandIn;
import com.backupsentinel.standins.EmbeddedAws;
import com.backupsentinel.standins.S3StandIn;
import com.backupsentinel.standins.SnsStandIn;
import com.backupsentinel.standins.StandInOptions;
import com.backupsentinel.standins.StsStandIn;
import com.backupsentinel.standins.TaggingStandIn;
import com.backupsentinel.standins.iam.AccountAliases;
import com.backupsentinel.standins.iam.IamServer;
import com.backupsentinel.standins.inventory.Inventory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stand-ins an org-wide validation talks to, for an organisation ({@link MemberAccounts}): S3 and SNS of the
 * central account, Organizations listing the organisation's accounts (when there is an {@link Organization} to
 * list), STS handing out member credentials, and AWS Backup, the tagging API and IAM's account alias answering each
 * request for the account that signed it. All on 127.0.0.1.
 */
public final class OrgStandIns implements AutoCloseable {

    private final S3StandIn s3;
    private final SnsStandIn sns;
    private final BackupStandIn backup;
    private final TaggingStandIn tagging;
    private final StsStandIn sts;
    private final IamServer iam;
    private final Optional<OrganizationsServer> organizations;
    private final String region;

    private OrgStandIns(S3StandIn s3, SnsStandIn sns, BackupStandIn backup, TaggingStandIn tagging, StsStandIn sts,
                        IamServer iam, Optional<OrganizationsServer> organizations, String region) {
        this.s3 = s3;
        this.sns = sns;
        this.backup = backup;
        this.tagging = tagging;
        this.sts = sts;
        this.iam = iam;
        this.organizations = organizations;
        this.region = region;
    }

    /** Starts them for {@code accounts}, no Organizations; the central account's region is its primary inventory's. */
    public static OrgStandIns start(MemberAccounts accounts, Clock clock) {
        return start(accounts, Optional.empty(), clock);
    }

    /** Starts them for {@code accounts}, Organizations listing {@code organization} when present. */
    public static OrgStandIns start(MemberAccounts accounts, Optional<Organization> organization, Clock clock) {
        List<AutoCloseable> started = new ArrayList<>();
        try {
            S3StandIn s3 = keep(started, S3StandIn.start());
            String region = accounts.primary().primaryRegion();
            SnsStandIn sns = keep(started, SnsStandIn.start(accounts.primary().accountId(), region));
            StandInOptions options = StandInOptions.empty().withClock(clock);
            BackupStandIn backup = keep(started, BackupStandIn.start(options, accounts));
            TaggingStandIn tagging = keep(started, TaggingStandIn.start(accounts));
            StsStandIn sts = keep(started, StsStandIn.start(accounts, clock));
            IamServer iam = keep(started, IamServer.start(key -> {
                Inventory account = accounts.forAccessKey(key);
                return new AccountAliases(account.accountId(), accounts.alias(account.accountId()).stream().toList());
            }));
            Optional<OrganizationsServer> organizations = organization.map(OrganizationsServer::start);
            organizations.ifPresent(server -> keep(started, server));
            return new OrgStandIns(s3, sns, backup, tagging, sts, iam, organizations, region);
        } catch (RuntimeException e) {
            closeAll(started);
            throw e;
        }
    }

    /** The variables that point the SDK at these stand-ins, with the central account's dummy credentials. */
    public Map<String, String> endpointEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("AWS_ENDPOINT_URL_S3", s3.endpoint().toString());
        environment.put("AWS_ENDPOINT_URL_SNS", sns.endpoint().toString());
        environment.put("AWS_ENDPOINT_URL_BACKUP", backup.endpoint().toString());
        environment.put("AWS_ENDPOINT_URL_RESOURCE_GROUPS_TAGGING_API", tagging.endpoint().toString());
        environment.put("AWS_ENDPOINT_URL_STS", sts.endpoint().toString());
        environment.put("AWS_ENDPOINT_URL_IAM", iam.endpoint().toString());
        organizations.ifPresent(server -> environment.put("AWS_ENDPOINT_URL_ORGANIZATIONS",
                server.endpoint().toString()));
        environment.put("AWS_REGION", region);
        environment.put("AWS_ACCESS_KEY_ID", EmbeddedAws.ACCESS_KEY_ID);
        environment.put("AWS_SECRET_ACCESS_KEY", EmbeddedAws.SECRET_ACCESS_KEY);
        return Collections.unmodifiableMap(environment);
    }

    public S3StandIn s3() {
        return s3;
    }

    public SnsStandIn sns() {
        return sns;
    }

    public BackupStandIn backup() {
        return backup;
    }

    public StsStandIn sts() {
        return sts;
    }

    public IamServer iam() {
        return iam;
    }

    /** The Organizations stand-in; empty when these stand-ins list no organisation. */
    public Optional<OrganizationsServer> organizations() {
        return organizations;
    }

    public String region() {
        return region;
    }

    /**
     * Starts them for a generated organisation whose member roles demand {@code externalId}, Organizations listing
     * it ({@link OrgEstate#listedOrganization()}).
     */
    public static OrgStandIns start(OrgEstate estate, Optional<String> externalId, Clock clock) {
        return start(estate.organisation(externalId), Optional.of(estate.listedOrganization()), clock);
    }

    @Override
    public void close() {
        List<AutoCloseable> parts = new ArrayList<>();
        organizations.ifPresent(parts::add);
        parts.addAll(List.of(iam, sts, tagging, backup, sns, s3));
        closeAll(parts);
    }

    private static <T extends AutoCloseable> T keep(List<AutoCloseable> started, T standIn) {
        started.add(standIn);
        return standIn;
    }

    private static void closeAll(List<AutoCloseable> parts) {
        for (AutoCloseable part : parts) {
            try {
                part.close();
            } catch (Exception ignored) {
                // stopping: an in-memory stand-in that does not stop cleanly changes nothing
            }
        }
    }
}
