package com.backupsentinel.standins;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.List;

/** Asserts that a stand-in's port answers on 127.0.0.1 and on no other local address. */
final class LoopbackOnly {

    private LoopbackOnly() {
    }

    static void assertLoopbackOnly(URI endpoint) throws IOException {
        assertThat(endpoint.getHost()).isEqualTo("127.0.0.1");
        assertThat(connects(InetAddress.getByName("127.0.0.1"), endpoint.getPort())).isTrue();
        for (InetAddress address : otherAddresses()) {
            assertThat(connects(address, endpoint.getPort())).as("reachable on %s", address).isFalse();
        }
    }

    private static boolean connects(InetAddress address, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<InetAddress> otherAddresses() throws SocketException {
        return NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> address instanceof Inet4Address && !address.isLoopbackAddress())
                .toList();
    }
}
