package com.backupsentinel.standins.sns;

import com.backupsentinel.standins.PublishedMessage;
import com.backupsentinel.standins.http.HttpCall;
import com.backupsentinel.standins.http.HttpReplies;
import com.backupsentinel.standins.http.LoopbackHttpServer;
import com.backupsentinel.standins.http.QueryProtocol;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The SNS query protocol (form-encoded POST, XML responses, version 2010-03-31) as the AWS SDK for Java 2.x sends
 * it: CreateTopic, ListTopics, GetTopicAttributes, SetTopicAttributes, Subscribe, ListSubscriptionsByTopic, Publish
 * and PublishBatch, with SNS's own validation errors.
 */
public final class SnsServer implements AutoCloseable {

    private static final String XML = "text/xml";

    private final SnsTopics topics;
    private final String defaultRegion;
    private final SnsActions actions;
    private final LoopbackHttpServer server;

    private SnsServer(String accountId, String defaultRegion) {
        this.topics = new SnsTopics(accountId);
        this.defaultRegion = defaultRegion;
        this.actions = new SnsActions(topics);
        this.server = LoopbackHttpServer.start("sns-stand-in", this::handle);
    }

    /** Starts an SNS with no topics for {@code accountId}; requests without a SigV4 region use {@code defaultRegion}. */
    public static SnsServer start(String accountId, String defaultRegion) {
        return new SnsServer(accountId, defaultRegion);
    }

    public URI endpoint() {
        return server.endpoint();
    }

    public List<PublishedMessage> published() {
        return topics.published();
    }

    public void clear() {
        topics.clear();
    }

    @Override
    public void close() {
        server.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            HttpCall call = HttpCall.read(exchange);
            Map<String, String> values = HttpCall.parseForm(call.bodyText());
            values.putAll(call.query());
            QueryForm form = new QueryForm(values);
            String action = form.optional("Action").orElse("");
            String region = call.region().orElse(defaultRegion);
            try {
                String body = actions.run(action, form, region);
                HttpReplies.send(exchange, 200, XML, body);
            } catch (SnsError e) {
                HttpReplies.send(exchange, e.status(), XML, errorXml(e));
            } catch (RuntimeException e) {
                HttpReplies.send(exchange, 500, XML, errorXml(new SnsError("InternalFailure", 500, "The SNS stand-in failed: " + e)));
            }
        }
    }

    private static String errorXml(SnsError error) {
        return QueryProtocol.error(Xml.NAMESPACE, error.status(), error.code(), error.getMessage());
    }
}
