package com.backupsentinel.standins;

import com.backupsentinel.standins.inventory.Inventory;
import com.backupsentinel.standins.inventory.InventoryRouter;
import com.backupsentinel.standins.tagging.TaggingServer;
import java.net.URI;

/** The Resource Groups Tagging API's GetResources on 127.0.0.1, over an inventory's tagged resources. */
public final class TaggingStandIn implements AutoCloseable {

    private final TaggingServer server;

    private TaggingStandIn(TaggingServer server) {
        this.server = server;
    }

    /** Serves the tagged resources of the inventory folder of {@code options}. */
    public static TaggingStandIn start(StandInOptions options) {
        return start(BackupStandIn.inventoryOf(options));
    }

    public static TaggingStandIn start(Inventory inventory) {
        return new TaggingStandIn(TaggingServer.start(inventory));
    }

    /** Serves every account of {@code accounts}, each request from the account whose credentials signed it. */
    public static TaggingStandIn start(InventoryRouter accounts) {
        return new TaggingStandIn(TaggingServer.start(accounts));
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI endpoint() {
        return server.endpoint();
    }

    @Override
    public void close() {
        server.close();
    }
}
