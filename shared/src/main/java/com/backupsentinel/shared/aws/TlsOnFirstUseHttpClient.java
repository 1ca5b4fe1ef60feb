package com.backupsentinel.shared.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;

/**
 * The SDK's url-connection client, with its TLS set up when the first {@code https} request needs it instead of when
 * the client is built.
 *
 * <p>Building a {@link UrlConnectionHttpClient} creates an {@code SSLContext} at once: the JSSE provider, the key
 * managers and the JDK's whole trust store (about 550 classes and a third of a fresh JVM's set-up time), whether or
 * not any request ever uses TLS. Here {@code https} requests go to exactly that client (proxy settings, trust and key
 * managers as the SDK configures them), built on first use or by {@link #prepareTls()}, which SnapStart priming
 * calls so a snapshot holds it ready. Plain {@code http} requests (the local endpoints of moto, LocalStack and the
 * embedded stand-ins) go to a url-connection client without TLS, with the same connect and read timeouts.
 */
final class TlsOnFirstUseHttpClient implements SdkHttpClient {

    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final SdkHttpClient plain;
    private volatile SdkHttpClient tls;

    TlsOnFirstUseHttpClient(Duration connectTimeout, Duration readTimeout) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.plain = UrlConnectionHttpClient.create(this::openPlain);
    }

    @Override
    public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
        if ("https".equalsIgnoreCase(request.httpRequest().protocol())) {
            return prepareTls().prepareRequest(request);
        }
        return plain.prepareRequest(request);
    }

    /** The client for {@code https} requests, built on the first call. */
    SdkHttpClient prepareTls() {
        SdkHttpClient client = tls;
        if (client == null) {
            synchronized (this) {
                client = tls;
                if (client == null) {
                    client = UrlConnectionHttpClient.builder()
                            .connectionTimeout(connectTimeout)
                            .socketTimeout(readTimeout)
                            .build();
                    tls = client;
                }
            }
        }
        return client;
    }

    /** True once an {@code https} request or {@link #prepareTls()} built the TLS client. */
    boolean tlsReady() {
        return tls != null;
    }

    private HttpURLConnection openPlain(URI uri) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
            connection.setConnectTimeout(Math.toIntExact(connectTimeout.toMillis()));
            connection.setReadTimeout(Math.toIntExact(readTimeout.toMillis()));
            return connection;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open a connection to " + uri, e);
        }
    }

    @Override
    public String clientName() {
        return "UrlConnection";
    }

    @Override
    public void close() {
        plain.close();
        SdkHttpClient client = tls;
        if (client != null) {
            client.close();
        }
    }
}
