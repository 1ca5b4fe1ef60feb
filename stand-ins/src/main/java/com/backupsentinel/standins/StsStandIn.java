package com.backupsentinel.standins;

import com.backupsentinel.standins.org.MemberAccounts;
import com.backupsentinel.standins.sts.StsServer;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * STS's query protocol on 127.0.0.1: AssumeRole into the member accounts of a {@link MemberAccounts} organisation
 * (credentials whose access key names the account, so the AWS Backup, tagging and IAM stand-ins answer with that
 * account's inventory) and GetCallerIdentity. Every call is counted; every granted AssumeRole is recorded.
 */
public final class StsStandIn implements AutoCloseable {

    private final StsServer server;

    private StsStandIn(StsServer server) {
        this.server = server;
    }

    public static StsStandIn start(MemberAccounts accounts, Clock clock) {
        return new StsStandIn(StsServer.start(accounts, clock));
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI endpoint() {
        return server.endpoint();
    }

    public List<StsServer.AssumedRole> assumedRoles() {
        return server.assumedRoles();
    }

    public int callCount(String action) {
        return server.callCount(action);
    }

    public Map<String, Integer> callCounts() {
        return server.callCounts();
    }

    @Override
    public void close() {
        server.close();
    }
}
