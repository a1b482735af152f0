package org.bellwether.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A Clarity site on loopback for the tests: serves what it is given at each path, with a strong ETag and 304 for
 * a matching {@code If-None-Match}, and can be told to fail the next requests with 503. It records each request's
 * path, user agent and status.
 */
public final class FeedServer implements AutoCloseable {

    public record Hit(String path, String userAgent, int status) {
    }

    private final HttpServer server;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final List<Hit> hits = new CopyOnWriteArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();

    public FeedServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::serve);
        server.start();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void put(String path, byte[] body) {
        files.put(path, body);
    }

    public void put(String path, String body) {
        put(path, body.getBytes(StandardCharsets.US_ASCII));
    }

    public void failNext(int requests) {
        failures.set(requests);
    }

    public List<Hit> hits() {
        return List.copyOf(hits);
    }

    private void serve(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getPath();
        int status;
        byte[] body = files.get(path);
        if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            status = 503;
            body = new byte[0];
        } else if (body == null) {
            status = 404;
            body = new byte[0];
        } else {
            String etag = "\"" + etag(body) + "\"";
            x.getResponseHeaders().set("ETag", etag);
            status = etag.equals(x.getRequestHeaders().getFirst("If-None-Match")) ? 304 : 200;
        }
        hits.add(new Hit(path, x.getRequestHeaders().getFirst("User-Agent"), status));
        x.sendResponseHeaders(status, status == 200 ? body.length : -1);
        if (status == 200) {
            x.getResponseBody().write(body);
        }
        x.close();
    }

    private static String etag(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 8);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
