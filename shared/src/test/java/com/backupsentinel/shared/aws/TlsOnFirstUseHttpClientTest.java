package com.backupsentinel.shared.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpFullRequest;
import software.amazon.awssdk.http.SdkHttpMethod;

/** Plain requests without any TLS set-up, https ones through the SDK's own TLS client, both with the timeouts. */
class TlsOnFirstUseHttpClientTest {

    private HttpServer server;
    private TlsOnFirstUseHttpClient client;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = ("you sent " + exchange.getRequestMethod() + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        client = new TlsOnFirstUseHttpClient(Duration.ofSeconds(2), Duration.ofMillis(300));
    }

    @AfterEach
    void stop() {
        client.close();
        server.stop(0);
    }

    @Test
    void aPlainHttpRequestIsAnsweredWithoutSettingUpTls() throws IOException {
        HttpExecuteResponse response = client.prepareRequest(post("http", server.getAddress().getPort(), "hello"))
                .call();

        assertThat(response.httpResponse().statusCode()).isEqualTo(200);
        try (InputStream body = response.responseBody().orElseThrow()) {
            assertThat(new String(body.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("you sent POST hello");
        }
        assertThat(client.tlsReady()).isFalse();
    }

    @Test
    void anHttpsRequestGoesThroughTheSdksTlsClientBuiltOnFirstUse() throws IOException {
        // a server that answers in plain text at once: a TLS handshake with it fails, which shows TLS was used
        try (ServerSocket plainText = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Thread answerer = new Thread(() -> {
                try (Socket socket = plainText.accept()) {
                    socket.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                } catch (IOException e) {
                    // the test is over
                }
            });
            answerer.setDaemon(true);
            answerer.start();

            assertThatThrownBy(() -> client.prepareRequest(post("https", plainText.getLocalPort(), "hello")).call())
                    .isInstanceOf(SSLException.class);
            assertThat(client.tlsReady()).isTrue();
        }
    }

    @Test
    void preparingTlsBuildsItsClientOnceAndKeepsIt() {
        assertThat(client.prepareTls()).isSameAs(client.prepareTls());
        assertThat(client.tlsReady()).isTrue();
    }

    @Test
    void aPlainRequestToAServerThatNeverAnswersEndsAtTheReadTimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            Thread acceptor = new Thread(() -> {
                try (Socket ignored = silent.accept()) {
                    Thread.sleep(5_000);
                } catch (IOException | InterruptedException e) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();

            assertThatThrownBy(() -> client.prepareRequest(post("http", silent.getLocalPort(), "hello")).call())
                    .isInstanceOf(SocketTimeoutException.class)
                    .hasMessage("Read timed out");
            acceptor.interrupt();
        }
    }

    private static HttpExecuteRequest post(String scheme, int port, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        SdkHttpFullRequest request = SdkHttpFullRequest.builder()
                .method(SdkHttpMethod.POST)
                .uri(URI.create(scheme + "://127.0.0.1:" + port + "/"))
                .putHeader("Content-Length", Integer.toString(bytes.length))
                .build();
        return HttpExecuteRequest.builder().request(request)
                .contentStreamProvider(() -> new ByteArrayInputStream(bytes)).build();
    }
}
