package fr.portailfamille.payment.payfip;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** The portal's notification endpoint, as small as can be: records each POST body, answers 200 empty. */
final class NotificationReceiver implements AutoCloseable {

    record Received(String contentType, String body) {
    }

    private final HttpServer server;
    private final LinkedBlockingQueue<Received> received = new LinkedBlockingQueue<>();

    NotificationReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/paiement/notification", exchange -> {
            try (exchange) {
                received.add(new Received(exchange.getRequestHeaders().getFirst("Content-Type"),
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
                exchange.sendResponseHeaders(200, -1);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/paiement/notification";
    }

    /** The next notification, or null after {@code wait}. */
    Received next(Duration wait) throws InterruptedException {
        return received.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    List<Received> drained() {
        var list = new java.util.ArrayList<Received>();
        received.drainTo(list);
        return list;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
