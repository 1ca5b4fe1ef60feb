package com.backupsentinel.standins;

import com.amazonaws.services.dynamodbv2.local.monitoring.Telemetry;
import com.amazonaws.services.dynamodbv2.local.monitoring.TelemetryUtil;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBRequestHandler;
import com.amazonaws.services.dynamodbv2.local.server.LocalDynamoDBServerHandler;
import java.net.URI;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * DynamoDB Local 2.x, in memory, on 127.0.0.1.
 *
 * <p>DynamoDB Local's own server ({@code ServerRunner}, {@code DynamoDBProxyServer}) binds every interface and has
 * no host option, so this stand-in runs DynamoDB Local's request handler inside its own Jetty server whose only
 * connector is bound to 127.0.0.1. Telemetry is switched off explicitly (and is never started: the telemetry
 * calls live only in the code paths this class does not use).
 */
public final class DynamoDbStandIn implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";

    private final Server server;
    private final LocalDynamoDBRequestHandler requests;
    private final URI endpoint;

    private DynamoDbStandIn(Server server, LocalDynamoDBRequestHandler requests, URI endpoint) {
        this.server = server;
        this.requests = requests;
        this.endpoint = endpoint;
    }

    /** Starts an empty in-memory DynamoDB on 127.0.0.1 (one database for every region and access key). */
    public static DynamoDbStandIn start() {
        Telemetry.configureTelemetry(TelemetryUtil.SETUP_TYPE.MAVEN.name(), TelemetryUtil.SETUP_MODE.IN_MEMORY.name(), false);
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName("dynamodb-stand-in");
        threads.setDaemon(true);
        Server server = new Server(threads);
        ServerConnector connector = new ServerConnector(server, 1, 1);
        connector.setHost(LOOPBACK);
        connector.setPort(0);
        server.addConnector(connector);
        LocalDynamoDBRequestHandler requests;
        try {
            // (port unused, inMemory, dbPath, sharedDb, delayTransientStatuses)
            requests = new LocalDynamoDBRequestHandler(0, true, null, true, false);
            ContextHandler context = new ContextHandler();
            context.setHandler(new LocalDynamoDBServerHandler(requests, null));
            server.setHandler(context);
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            throw new IllegalStateException("Cannot start DynamoDB Local on " + LOOPBACK + ": " + e.getMessage(), e);
        }
        return new DynamoDbStandIn(server, requests, URI.create("http://" + LOOPBACK + ":" + connector.getLocalPort()));
    }

    /** {@code http://127.0.0.1:<port>}. */
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void close() {
        stopQuietly(server);
        requests.shutdown();
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // stopping a stand-in that failed or is closing: nothing useful to report
        }
    }
}
