package com.backupsentinel.standins;

import com.backupsentinel.standins.inventory.Inventory;
import com.backupsentinel.standins.sns.SnsServer;
import java.net.URI;
import java.util.List;

/**
 * Amazon SNS's query protocol on 127.0.0.1: topics, subscriptions, and every published message kept for
 * inspection. Messages are validated as SNS does (unknown topic, Subject, MessageStructure, size, attributes).
 */
public final class SnsStandIn implements AutoCloseable {

    private final SnsServer server;

    private SnsStandIn(SnsServer server) {
        this.server = server;
    }

    /** An SNS for account {@value Inventory#DEFAULT_ACCOUNT_ID}; unsigned requests address us-east-1. */
    public static SnsStandIn start() {
        return start(Inventory.DEFAULT_ACCOUNT_ID, Inventory.DEFAULT_REGION);
    }

    /** An SNS whose topic ARNs carry {@code accountId}; requests without a SigV4 region use {@code defaultRegion}. */
    public static SnsStandIn start(String accountId, String defaultRegion) {
        return new SnsStandIn(SnsServer.start(accountId, defaultRegion));
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI endpoint() {
        return server.endpoint();
    }

    /** Every message accepted so far, oldest first. */
    public List<PublishedMessage> published() {
        return server.published();
    }

    /** Forgets the published messages (topics stay). */
    public void clear() {
        server.clear();
    }

    @Override
    public void close() {
        server.close();
    }
}
