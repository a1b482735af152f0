package org.bellwether.server;

import io.javalin.http.sse.SseClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open server-sent-event streams: each hears of every new version and every new declaration (a call, a
 * certification, a retraction) at once, as an event {@code version} whose data names the election, the version,
 * the newest declaration and their URLs, and whose id is the version number (so a reconnecting
 * browser says with {@code Last-Event-ID} what it has).
 */
final class EventHub {

    private final Set<SseClient> clients = ConcurrentHashMap.newKeySet();

    void join(SseClient client, Iterable<Published> current) {
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.add(client);
        for (Published p : current) {
            send(client, p);
        }
    }

    void announce(Published p) {
        for (SseClient c : clients) {
            send(c, p);
        }
    }

    int size() {
        return clients.size();
    }

    private static void send(SseClient c, Published p) {
        c.sendEvent("version", new String(data(p), java.nio.charset.StandardCharsets.UTF_8),
                Long.toString(p.number()));
    }

    static byte[] data(Published p) {
        String base = "/api/v1/elections/" + p.key();
        return ApiJson.bytes(g -> {
            g.writeStartObject();
            g.writeStringField("election", p.key());
            g.writeNumberField("version", p.number());
            g.writeStringField("lastUpdated", p.version().importedAt().toString());
            g.writeNumberField("declarations", p.through());
            g.writeStringField("summary", base + "/versions/" + p.number());
            g.writeStringField("page", "/elections/" + p.key() + "/versions/" + p.number() + "/results.html"
                    + (p.through() > 0 ? "?declarations=" + p.through() : ""));
            g.writeEndObject();
        });
    }
}
