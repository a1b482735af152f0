package org.bellwether.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;
import org.bellwether.store.ResultsStore;
import org.bellwether.store.VersionListener;

/**
 * The HTTP server: the JSON API (documented in {@code openapi.json}), server-sent events, and the live page, on
 * Javalin (Jetty) with virtual threads. Reads are public and answered from what the {@link Publisher} built, with
 * ETags and Cache-Control so a CDN can carry them; URLs with a version number are immutable. Writes need the
 * token. Every error is a JSON body naming the problem, never a stack trace.
 */
public final class ResultsServer implements AutoCloseable {

    static final String LATEST = "public, max-age=2";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    /** Ingested files are results files; Jetty refuses a larger body before it is read. */
    static final long MAX_INGEST_BYTES = 64L << 20;

    private final Javalin app;
    private final ResultsStore store;
    private final VersionListener listener;
    private final EventHub hub = new EventHub();
    private final Publisher publisher;
    private final LivePages pages;
    private final Ingest ingest;
    private final DeclarationWrites declarations;
    private final ServeSettings settings;
    private final Consumer<String> log;
    private volatile byte[] bare = new byte[0];

    private ResultsServer(String storeSpec, ServeSettings settings, Consumer<String> log) {
        this.settings = settings;
        this.log = log;
        this.store = ResultsStore.openExisting(storeSpec);
        this.publisher = new Publisher(store, settings.rules(), settings.testData(), LivePages.time(settings.zone()));
        this.pages = new LivePages(publisher, settings.zone(), settings.shapes());
        this.ingest = new Ingest(storeSpec, settings.token());
        this.declarations = new DeclarationWrites(storeSpec, settings.token(), publisher, java.time.Clock.systemUTC());
        publisher.subscribe(p -> {
            bare = p.contestJson().isEmpty() ? new byte[0] : p.contestJson().get(0);
            pages.fragment(p);
            hub.announce(p);
        });
        publisher.refresh();
        this.app = Javalin.create(this::configure);
        app.start(settings.host(), settings.port());
        this.listener = VersionListener.start(storeSpec, v -> refresh(), d -> refresh(), log);
    }

    /** Serves the store at {@code storeSpec} (which must exist) until closed. */
    public static ResultsServer start(String storeSpec, ServeSettings settings, Consumer<String> log) {
        return new ResultsServer(Objects.requireNonNull(storeSpec, "store"), settings, log);
    }

    public int port() {
        return app.port();
    }

    /** What is served, built and held: for the tests of what it holds. */
    Publisher publisher() {
        return publisher;
    }

    /** How many pages and clients are subscribed to the events. */
    public int subscribers() {
        return hub.size();
    }

    private void refresh() {
        try {
            publisher.refresh();
        } catch (RuntimeException e) {
            log.accept("serve: cannot read the new version: " + e.getMessage());
        }
    }

    private void configure(JavalinConfig config) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.concurrency.useVirtualThreads = true;
        config.http.maxRequestSize = MAX_INGEST_BYTES;
        config.http.prefer405over404 = true;
        var r = config.routes;
        r.before(ctx -> {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
            ctx.header("Content-Security-Policy", CSP);
        });
        Api api = new Api(publisher, pages);
        r.get("/api/v1/elections", api::elections);
        r.get("/api/v1/elections/{key}", api::election);
        r.get("/api/v1/elections/{key}/contests/{contest}", api::contest);
        r.get("/api/v1/elections/{key}/versions", api::versions);
        r.get("/api/v1/elections/{key}/versions/{version}", api::electionAt);
        r.get("/api/v1/elections/{key}/versions/{version}/contests/{contest}", api::contestAt);
        r.get("/api/v1/elections/{key}/contests/{contest}/rounds", api::rounds);
        r.get("/api/v1/elections/{key}/versions/{version}/contests/{contest}/rounds", api::roundsAt);
        // <slice>, not {slice}: a name whose slash is percent-encoded must still be one parameter
        r.get("/api/v1/elections/{key}/contests/{contest}/rounds/{kind}/<slice>", api::sliceRounds);
        r.get("/api/v1/elections/{key}/versions/{version}/contests/{contest}/rounds/{kind}/<slice>",
                api::sliceRoundsAt);
        r.get("/api/v1/elections/{key}/diff", api::diff);
        r.get("/api/v1/openapi.json", ctx -> resource(ctx, "openapi.json", "application/json"));
        r.sse("/api/v1/events", client -> hub.join(client, publisher.latestAll()));
        r.post("/api/v1/ingest", ctx -> ingest.handle(ctx));
        r.get("/api/v1/elections/{key}/declarations", api::declarations);
        r.post("/api/v1/elections/{key}/contests/{contest}/call", declarations::call);
        r.post("/api/v1/elections/{key}/contests/{contest}/certification", declarations::certify);
        r.delete("/api/v1/elections/{key}/declarations/{id}", declarations::retract);
        r.get("/", api::home);
        r.get("/elections/{key}", api::page);
        r.get("/elections/{key}/versions/{version}/results.html", api::fragment);
        r.get("/static/live.js", ctx -> resource(ctx, "static/live.js", "text/javascript; charset=utf-8"));
        r.get("/static/live.css", ctx -> resource(ctx, "static/live.css", "text/css; charset=utf-8"));
        if (settings.bareEndpoint()) {
            r.get("/bench/bare", ctx -> ctx.contentType("application/json").result(bare));
        }
        r.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e.status(), e.getMessage()));
        r.exception(Exception.class, (e, ctx) -> {
            log.accept("serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
            problem(ctx, 500, "internal error; the server's log names it");
        });
        r.error(404, ctx -> {
            if (!"application/json".equals(ctx.res().getContentType())) {
                problem(ctx, 404, "no such resource: " + ctx.path() + " (GET /api/v1/openapi.json lists them)");
            }
        });
        r.error(405, ctx -> problem(ctx, 405, ctx.method() + " is not allowed on " + ctx.path()));
    }

    static void problem(Context ctx, int status, String message) {
        ctx.status(status).header("Cache-Control", "no-store").contentType("application/json")
                .result(ApiJson.error(status, message));
    }

    private static void resource(Context ctx, String name, String type) {
        try (InputStream in = ResultsServer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new ApiProblem(404, "no such resource: " + name);
            }
            byte[] body = in.readAllBytes();
            Api.cached(ctx, body, "\"" + name.replace('/', '-') + "-" + Integer.toHexString(
                    java.util.Arrays.hashCode(body)) + "\"", "public, max-age=60", type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        listener.close();
        app.stop();
        store.close();
        ingest.close();
        declarations.close();
    }
}
