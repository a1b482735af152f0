package org.bellwether.server;

import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.bellwether.store.TallyDiff;
import org.bellwether.store.VersionInfo;

/** The read API's handlers: every body comes from a built version; only {@code since} and diffs are made per request. */
final class Api {

    private final Publisher publisher;
    private final LivePages pages;

    Api(Publisher publisher, LivePages pages) {
        this.publisher = publisher;
        this.pages = pages;
    }

    /** Sends {@code body} with its ETag and Cache-Control, or 304 when the client already has it. */
    static void cached(Context ctx, byte[] body, String etag, String cacheControl, String type) {
        if (!notModified(ctx, etag, cacheControl)) {
            ctx.contentType(type).result(body);
        }
    }

    /** Sets the ETag and Cache-Control, and answers 304 when the client already has {@code etag}. */
    private static boolean notModified(Context ctx, String etag, String cacheControl) {
        ctx.header("ETag", etag).header("Cache-Control", cacheControl);
        String match = ctx.header("If-None-Match");
        if (match != null && (match.equals(etag) || List.of(match.split("\\s*,\\s*")).contains(etag))) {
            ctx.status(304);
            return true;
        }
        return false;
    }

    private static void json(Context ctx, byte[] body, String etag, String cacheControl) {
        cached(ctx, body, etag, cacheControl, "application/json");
    }

    void elections(Context ctx) {
        List<Published> all = publisher.latestAll();
        byte[] body = ApiJson.bytes(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("elections");
            for (Published p : all) {
                g.writeStartObject();
                ApiJson.header(g, p.version(), p.date(), p.testData());
                g.writeStringField("url", "/api/v1/elections/" + p.key());
                g.writeStringField("page", "/elections/" + p.key());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
        String tag = String.join("+", all.stream().map(p -> p.key() + "-v" + p.number()).toList());
        json(ctx, body, "\"elections-" + Integer.toHexString(tag.hashCode()) + "\"", ResultsServer.LATEST);
    }

    void election(Context ctx) {
        Published now = latest(ctx);
        String since = ctx.queryParam("since");
        if (since == null) {
            json(ctx, now.summary(), now.etag("summary"), ResultsServer.LATEST);
            return;
        }
        long from = number(since, "since");
        if (from >= now.number()) {
            json(ctx, Summary.json(now.version(), now.date(), now.testData(), now.contests(), c -> false),
                    now.etag("since-" + from), ResultsServer.LATEST);
            return;
        }
        Published before = publisher.at(now.key(), from).orElseThrow(() -> new ApiProblem(400, "since=" + from
                + " is not a version of " + now.key() + "; GET " + "/api/v1/elections/" + now.key()
                + "/versions lists them"));
        json(ctx, Summary.since(now, before), now.etag("since-" + from), ResultsServer.LATEST);
    }

    void electionAt(Context ctx) {
        Published p = at(ctx);
        json(ctx, p.summary(), p.etag("summary"), ResultsServer.IMMUTABLE);
    }

    void contest(Context ctx) {
        Published p = latest(ctx);
        int c = contestId(ctx, p);
        json(ctx, p.contestJson().get(c), p.etag("contest-" + c), ResultsServer.LATEST);
    }

    void contestAt(Context ctx) {
        Published p = at(ctx);
        int c = contestId(ctx, p);
        json(ctx, p.contestJson().get(c), p.etag("contest-" + c), ResultsServer.IMMUTABLE);
    }

    void rounds(Context ctx) {
        Published p = latest(ctx);
        int c = contestId(ctx, p);
        json(ctx, roundsOf(p, c), p.etag("rounds-" + c), ResultsServer.LATEST);
    }

    void roundsAt(Context ctx) {
        Published p = at(ctx);
        int c = contestId(ctx, p);
        json(ctx, roundsOf(p, c), p.etag("rounds-" + c), ResultsServer.IMMUTABLE);
    }

    void sliceRounds(Context ctx) {
        sliceRounds(ctx, latest(ctx), ResultsServer.LATEST);
    }

    void sliceRoundsAt(Context ctx) {
        sliceRounds(ctx, at(ctx), ResultsServer.IMMUTABLE);
    }

    /**
     * The rounds of the precinct (or batch) the path names, its ETag naming it by its place (a name may be any
     * text), or a 404 naming what there is: the kinds, the slices of the contest, or that it is kept by neither.
     */
    private void sliceRounds(Context ctx, Published p, String cacheControl) {
        int c = contestId(ctx, p);
        roundsOf(p, c); // a contest of tallies has no rounds, and so no slices of them
        String kind = ctx.pathParam("kind");
        String rounds = "GET /api/v1/elections/" + p.key() + "/contests/" + c + "/rounds";
        if (!kind.equals("precincts") && !kind.equals("batches")) {
            throw new ApiProblem(404, "'" + echo(kind) + "' is not a slice of a count: precincts or batches");
        }
        SliceRounds slices = p.sliceRounds().get(c);
        if (slices == null) {
            throw new ApiProblem(404, "contest " + c + " of " + p.key() + " is not counted by precinct or by batch"
                    + " (its stored configuration asks for neither tabulateByPrecinct nor tabulateByBatch): " + rounds
                    + " gives the whole count");
        }
        String kept = SliceRounds.segment(slices.kind());
        if (!kind.equals(kept)) {
            throw new ApiProblem(404, "contest " + c + " of " + p.key() + " is counted by " + slices.kind().key()
                    + ", not by " + (kind.equals("batches") ? "batch" : "precinct") + ": " + rounds + " lists its "
                    + kept + " at .../rounds/" + kept + "/NAME");
        }
        String name = SliceRounds.named(ctx.pathParam("slice"), ctx.req().getRequestURI());
        SliceRounds.Slice s = slices.slices().get(name);
        if (s == null) {
            List<String> names = slices.slices().keySet().stream().limit(5).map(n -> "'" + echo(n) + "'").toList();
            int more = slices.slices().size() - names.size();
            throw new ApiProblem(404, "no " + slices.kind().key() + " " + (name.isEmpty() ? "without a name"
                    : "'" + echo(name) + "'") + " in contest " + c + " of "
                    + p.key() + "; it has " + slices.slices().size() + " (" + String.join(", ", names)
                    + (more > 0 ? " and " + more + " more" : "") + "): " + rounds + " lists them, each with its URL");
        }
        String etag = p.etag("rounds-" + c + "-" + slices.kind().key() + "-" + s.id());
        if (notModified(ctx, etag, cacheControl)) {
            return; // the client has it: no need to build the bodies for it
        }
        json(ctx, publisher.sliceBody(p, c, s), etag, cacheControl);
    }

    /** A contest's rounds, or a 404 saying that a contest counted from tallies has none. */
    private static byte[] roundsOf(Published p, int c) {
        byte[] body = p.roundsJson().get(c);
        if (body == null) {
            throw new ApiProblem(404, "contest " + c + " of " + p.key() + " is counted from tallies, not from"
                    + " cast-vote records: it has no rounds (GET /api/v1/elections/" + p.key() + "/contests/" + c
                    + " gives its figures)");
        }
        return body;
    }

    void versions(Context ctx) {
        Published p = latest(ctx);
        List<VersionInfo> versions = publisher.versions(Optional.of(p.key()));
        byte[] body = ApiJson.bytes(g -> {
            g.writeStartObject();
            g.writeStringField("election", p.key());
            g.writeArrayFieldStart("versions");
            for (VersionInfo v : versions) {
                ApiJson.version(g, v);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
        json(ctx, body, p.etag("versions"), ResultsServer.LATEST);
    }

    void diff(Context ctx) {
        Published p = latest(ctx);
        long from = number(required(ctx, "from"), "from");
        long to = number(required(ctx, "to"), "to");
        Published a = publisher.at(p.key(), from).orElseThrow(() -> notVersion(p, from));
        Published b = publisher.at(p.key(), to).orElseThrow(() -> notVersion(p, to));
        List<TallyDiff> diffs = publisher.diff(a.number(), b.number());
        byte[] body = ApiJson.bytes(g -> {
            g.writeStartObject();
            g.writeStringField("election", p.key());
            g.writeNumberField("from", from);
            g.writeNumberField("to", to);
            g.writeArrayFieldStart("tallies");
            for (TallyDiff d : diffs) {
                ApiJson.diff(g, d);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
        json(ctx, body, "\"" + p.key() + "-diff-" + from + "-" + to + "\"", ResultsServer.IMMUTABLE);
    }

    void home(Context ctx) {
        List<Published> all = publisher.latestAll();
        if (all.isEmpty()) {
            throw new ApiProblem(404, "the store holds no election yet");
        }
        ctx.redirect("/elections/" + all.get(0).key());
    }

    void page(Context ctx) {
        Published p = latest(ctx);
        page(ctx, ResultsServer.utf8(pages.page(p)), p.etag("page"), "no-cache");
    }

    /** Every declaration of the election, oldest first, retractions and what they retract included. */
    void declarations(Context ctx) {
        Published p = latest(ctx);
        List<org.bellwether.store.Declaration> all = publisher.declarations(p.key());
        byte[] body = ApiJson.bytes(g -> {
            g.writeStartObject();
            g.writeStringField("election", p.key());
            g.writeArrayFieldStart("declarations");
            for (org.bellwether.store.Declaration d : all) {
                ApiJson.declaration(g, d);
            }
            g.writeEndArray();
            g.writeEndObject();
        });
        long through = all.isEmpty() ? 0 : all.getLast().id();
        json(ctx, body, "\"" + p.key() + "-d" + through + "-declarations\"", ResultsServer.LATEST);
    }

    /**
     * A version's page fragment, with the election's declarations up to {@code ?declarations=ID} beside it (none
     * without): both fixed, so the URL is immutable.
     */
    void fragment(Context ctx) {
        Published counted = at(ctx);
        String d = ctx.queryParam("declarations");
        long through = d == null ? 0 : number(d, "declarations");
        Published p = publisher.at(counted.key(), counted.number(), through).orElseThrow(() -> new ApiProblem(404,
                "declarations=" + through + " is not a declaration of " + counted.key() + "; GET /api/v1/elections/"
                        + counted.key() + "/declarations lists them"));
        page(ctx, ResultsServer.utf8(pages.fragment(p)), p.etag("fragment"), ResultsServer.IMMUTABLE);
    }

    private static void page(Context ctx, byte[] body, String etag, String cacheControl) {
        cached(ctx, body, etag, cacheControl, "text/html; charset=utf-8");
    }

    private Published latest(Context ctx) {
        return latestOf(publisher, ctx);
    }

    /** The newest version of the election the path names, or a 404. */
    static Published latestOf(Publisher publisher, Context ctx) {
        String key = ctx.pathParam("key");
        return publisher.latest(key).orElseThrow(() -> new ApiProblem(404, "no election '" + key
                + "' in the store; GET /api/v1/elections lists them"));
    }

    private Published at(Context ctx) {
        Published latest = latest(ctx);
        long v = number(ctx.pathParam("version"), "version");
        return publisher.at(latest.key(), v).orElseThrow(() -> notVersion(latest, v));
    }

    private static ApiProblem notVersion(Published p, long v) {
        return new ApiProblem(404, "version " + v + " is not a version of " + p.key() + "; GET /api/v1/elections/"
                + p.key() + "/versions lists them");
    }

    static int contestId(Context ctx, Published p) {
        long c = number(ctx.pathParam("contest"), "contest");
        if (c >= p.contests().size()) {
            throw new ApiProblem(404, "no contest " + c + " in " + p.key() + " (it has " + p.contests().size()
                    + ", numbered from 0)");
        }
        return (int) c;
    }

    private static String required(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null) {
            throw new ApiProblem(400, "the query parameter '" + name + "' is required");
        }
        return v;
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[0-9]{1,18}");

    static long number(String text, String what) {
        if (!NUMBER.matcher(text).matches()) {
            throw new ApiProblem(400, what + " must be a whole number, was '" + echo(text) + "'");
        }
        return Long.parseLong(text);
    }

    /** Input echoed in a message: capped and printable only. */
    static String echo(String s) {
        String p = s.replaceAll("[^ -~]", "?");
        return p.length() > 40 ? p.substring(0, 40) + "..." : p;
    }
}
