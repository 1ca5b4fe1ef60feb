package com.backupsentinel.standins.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP proxy in front of one AWS endpoint (a stand-in, moto, LocalStack: anything on
 * {@code http://127.0.0.1}) that injects the faults of a {@link FaultPlan}. Each request is read in full, named
 * ({@link AwsOperations}), and then either forwarded unchanged on its own upstream connection or answered with its
 * fault: never answered ({@code hang}), connection reset ({@code reset}), the service's own 500 or throttling
 * error, or DynamoDB's transaction conflict. Connections are not kept alive, so every request is judged on its own.
 */
public final class FaultProxy implements AutoCloseable {

    private static final byte[] LOOPBACK = {127, 0, 0, 1};

    private final ServerSocket server;
    private final URI upstream;
    private final Optional<String> service;
    private final FaultPlan plan;
    private final ExecutorService connections;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final URI endpoint;

    private FaultProxy(ServerSocket server, URI upstream, Optional<String> service, FaultPlan plan,
                       ExecutorService connections) {
        this.server = server;
        this.upstream = upstream;
        this.service = service;
        this.plan = plan;
        this.connections = connections;
        this.endpoint = URI.create("http://127.0.0.1:" + server.getLocalPort());
    }

    /**
     * Starts a proxy on 127.0.0.1 in front of {@code upstream} (an {@code http://} URL on this machine).
     *
     * @param service the signing name of the service behind it (for unsigned requests), or empty when it serves
     *                several (then each request's SigV4 credential scope names it)
     */
    public static FaultProxy start(URI upstream, Optional<String> service, FaultPlan plan) {
        if (!"http".equalsIgnoreCase(upstream.getScheme()) || upstream.getHost() == null) {
            throw new IllegalArgumentException("the fault proxy fronts http:// endpoints only, got " + upstream);
        }
        try {
            ServerSocket server = new ServerSocket();
            server.bind(new InetSocketAddress(InetAddress.getByAddress(LOOPBACK), 0), 64);
            AtomicInteger counter = new AtomicInteger();
            ExecutorService connections = Executors.newCachedThreadPool(runnable -> {
                Thread thread = new Thread(runnable, "fault-proxy-" + counter.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            FaultProxy proxy = new FaultProxy(server, upstream, service.map(s -> s.toLowerCase(Locale.ROOT)), plan,
                    connections);
            connections.submit(proxy::acceptLoop);
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the fault proxy on 127.0.0.1", e);
        }
    }

    /** {@code http://127.0.0.1:<port>}: point the client here instead of at the upstream. */
    public URI endpoint() {
        return endpoint;
    }

    public URI upstream() {
        return upstream;
    }

    public FaultPlan plan() {
        return plan;
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                open.add(client);
                connections.submit(() -> serve(client));
            } catch (IOException ignored) {
                // closed (the loop ends) or one failed accept on a live server (the loop goes on)
            }
        }
    }

    private void serve(Socket client) {
        try (client) {
            InputStream in = client.getInputStream();
            OutputStream out = client.getOutputStream();
            Optional<ProxiedRequest> read = ProxiedRequest.read(in, out);
            if (read.isEmpty()) {
                return;
            }
            ProxiedRequest request = read.get();
            AwsOperation call = AwsOperations.of(request, service);
            Optional<FaultKind> fault = plan.take(call);
            if (fault.isEmpty()) {
                forward(request, out);
                return;
            }
            switch (fault.get()) {
                case HANG -> in.transferTo(OutputStream.nullOutputStream());
                case RESET -> client.setSoLinger(true, 0);
                default -> FaultReplies.send(out, FaultReplies.of(fault.get(), call, request.body()));
            }
        } catch (IOException ignored) {
            // the client gave up (its timeout) or the upstream went away: this connection is over
        } finally {
            open.remove(client);
        }
    }

    private void forward(ProxiedRequest request, OutputStream toClient) throws IOException {
        int port = upstream.getPort() < 0 ? 80 : upstream.getPort();
        try (Socket upstreamSocket = new Socket(upstream.getHost(), port)) {
            open.add(upstreamSocket);
            try {
                request.writeTo(upstreamSocket.getOutputStream());
                relayResponse(request, upstreamSocket.getInputStream(), toClient);
            } finally {
                open.remove(upstreamSocket);
            }
        }
    }

    /** Copies the response, telling the client the connection closes after it. */
    private static void relayResponse(ProxiedRequest request, InputStream fromUpstream, OutputStream toClient)
            throws IOException {
        while (true) {
            Optional<String> head = HttpHead.read(fromUpstream, ProxiedRequest.MAX_HEAD_BYTES);
            if (head.isEmpty()) {
                throw new IOException("the upstream closed the connection without answering");
            }
            String[] lines = head.get().split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ", 3)[1]);
            StringBuilder rewritten = new StringBuilder(lines[0]).append("\r\n");
            for (int i = 1; i < lines.length; i++) {
                String name = lines[i].contains(":") ? lines[i].substring(0, lines[i].indexOf(':')).trim() : "";
                if (!name.equalsIgnoreCase("Connection") && !name.equalsIgnoreCase("Keep-Alive")) {
                    rewritten.append(lines[i]).append("\r\n");
                }
            }
            rewritten.append(status / 100 == 1 ? "" : "Connection: close\r\n").append("\r\n");
            toClient.write(rewritten.toString().getBytes(StandardCharsets.ISO_8859_1));
            if (status / 100 == 1) {
                continue;
            }
            boolean noBody = request.method().equals("HEAD") || status == 204 || status == 304;
            Optional<String> length = HttpHead.value(HttpHead.headers(lines), "Content-Length");
            if (noBody) {
                toClient.flush();
            } else if (length.isPresent()) {
                long bytes = Long.parseLong(length.get());
                byte[] body = fromUpstream.readNBytes(Math.toIntExact(bytes));
                toClient.write(body);
            } else {
                fromUpstream.transferTo(toClient);
            }
            toClient.flush();
            return;
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        connections.shutdownNow();
    }

    @Override
    public String toString() {
        return "FaultProxy[" + endpoint + " -> " + upstream + ", faults " + plan + "]";
    }
}
