package org.bellwether.server.watch;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The watcher's HTTP: conditional GETs ({@code If-None-Match}), a timeout on every request, a bounded number of
 * retries with doubling backoff for failures that may pass (connection errors, 5xx, 429), a body size limit, and a
 * user agent that says what is asking.
 */
final class FeedHttp {

    /** Retries after the first attempt; with the backoff doubling from {@code backoff}, 3 waits 1+2+4 units. */
    static final int RETRIES = 3;

    private final HttpClient client;
    private final String userAgent;
    private final Duration timeout;
    private final Duration backoff;

    /** {@code software} is the name and version, e.g. {@code bellwether 0.1.0}; the user agent adds what it does. */
    FeedHttp(String software, Duration timeout, Duration backoff) {
        this.userAgent = software.replace(' ', '/') + " (election results feed watcher; open source, Apache-2.0)";
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The outcome of one conditional GET: 304 gives no body. */
    record Response(int status, Optional<String> etag, byte[] body) {
        boolean notModified() {
            return status == 304;
        }
    }

    /** GETs {@code uri}, at most {@code maxBytes} of body; throws {@link FeedFetchException} when every try failed. */
    Response get(URI uri, Optional<String> etag, long maxBytes) {
        String last = "";
        int status = 0;
        for (int attempt = 0; attempt <= RETRIES; attempt++) {
            if (attempt > 0) {
                sleep(backoff.multipliedBy(1L << (attempt - 1)));
            }
            try {
                HttpResponse<InputStream> r = client.send(request(uri, etag), HttpResponse.BodyHandlers.ofInputStream());
                status = r.statusCode();
                try (InputStream in = r.body()) {
                    if (status == 200 || status == 304) {
                        byte[] body = status == 200 ? bounded(in, maxBytes, uri) : new byte[0];
                        return new Response(status, r.headers().firstValue("ETag"), body);
                    }
                }
                last = "HTTP " + status;
                if (status != 429 && status < 500) {
                    break;
                }
            } catch (IOException e) {
                last = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FeedFetchException(uri + ": interrupted");
            }
        }
        throw new FeedFetchException(uri + ": " + last, status == 404 || status == 403);
    }

    private HttpRequest request(URI uri, Optional<String> etag) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout).header("User-Agent", userAgent).GET();
        etag.ifPresent(t -> b.header("If-None-Match", t));
        return b.build();
    }

    private static byte[] bounded(InputStream in, long maxBytes, URI uri) throws IOException {
        byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (body.length > maxBytes) {
            throw new FeedFetchException(uri + ": larger than the limit of " + maxBytes + " bytes"
                    + " (FeedHttp max bytes); not read");
        }
        return body;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
