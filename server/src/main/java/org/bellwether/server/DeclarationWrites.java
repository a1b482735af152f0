package org.bellwether.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import io.javalin.http.Context;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.bellwether.store.Declaration;
import org.bellwether.store.ResultsStore;
import org.bellwether.store.StoreException;

/**
 * The newsroom's writes beside the count: {@code POST .../contests/{contest}/call} (a manual race call),
 * {@code POST .../contests/{contest}/certification}, and {@code DELETE .../declarations/{id}} (a retraction, kept
 * in the history). Each needs the write token and a small JSON body of strings ({@code by}, {@code reason}, and
 * for a call {@code choice}). The store checks them against the newest version and announces them, so every
 * serve process and open page hears of them as of a new version.
 */
final class DeclarationWrites implements AutoCloseable {

    /** A declaration's body is a few short strings. */
    static final int MAX_BODY_BYTES = 16 << 10;
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(2).maxStringLength(4_096).build()).build();

    private final String storeSpec;
    private final WriteToken token;
    private final Publisher publisher;
    private final Clock clock;
    private ResultsStore store;

    DeclarationWrites(String storeSpec, WriteToken token, Publisher publisher, Clock clock) {
        this.storeSpec = storeSpec;
        this.token = token;
        this.publisher = publisher;
        this.clock = clock;
    }

    void call(Context ctx) {
        token.require(ctx);
        Published p = Api.latestOf(publisher, ctx);
        String contest = p.contests().get(Api.contestId(ctx, p)).name();
        Map<String, String> body = body(ctx, Set.of("choice", "by", "reason"));
        answer(ctx, 201, write(s -> s.declare(p.key(), contest, new Declaration.Call(body.get("choice")),
                body.get("by"), body.get("reason"), clock), 400));
    }

    void certify(Context ctx) {
        token.require(ctx);
        Published p = Api.latestOf(publisher, ctx);
        String contest = p.contests().get(Api.contestId(ctx, p)).name();
        Map<String, String> body = body(ctx, Set.of("by", "reason"));
        answer(ctx, 201, write(s -> s.declare(p.key(), contest, new Declaration.Certified(), body.get("by"),
                body.get("reason"), clock), 400));
    }

    void retract(Context ctx) {
        token.require(ctx);
        Published p = Api.latestOf(publisher, ctx);
        long id = Api.number(ctx.pathParam("id"), "id");
        Map<String, String> body = body(ctx, Set.of("by", "reason"));
        answer(ctx, 200, write(s -> s.retract(p.key(), id, body.get("by"), body.get("reason"), clock), 404));
    }

    private static void answer(Context ctx, int status, Declaration d) {
        ctx.status(status).header("Cache-Control", "no-store").contentType("application/json")
                .result(ApiJson.bytes(g -> ApiJson.declaration(g, d)));
    }

    @FunctionalInterface
    private interface Write {
        Declaration run(ResultsStore store);
    }

    /** Runs one write; the store's refusals become the API's, without the store's location. */
    private synchronized Declaration write(Write w, int badReference) {
        if (store == null) {
            store = ResultsStore.open(storeSpec);
        }
        try {
            return w.run(store);
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(400, e.getMessage());
        } catch (StoreException e) {
            String m = e.getMessage().startsWith(store.describe() + ": ")
                    ? e.getMessage().substring(store.describe().length() + 2) : e.getMessage();
            switch (e.kind()) {
                case CONFLICT -> throw new ApiProblem(409, m);
                case BAD_REFERENCE -> throw new ApiProblem(badReference, m);
                case UNUSABLE_STORE -> throw e;
            }
            throw e;
        }
    }

    /** A JSON object of exactly the {@code fields}, each a string; anything else is a 400 naming it. */
    static Map<String, String> body(Context ctx, Set<String> fields) {
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length > MAX_BODY_BYTES) {
            throw new ApiProblem(413, "the body is " + bytes.length + " bytes; a declaration's is at most "
                    + MAX_BODY_BYTES);
        }
        Map<String, String> values = new LinkedHashMap<>();
        try (JsonParser p = JSON.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new ApiProblem(400, "the body must be a JSON object with " + names(fields));
            }
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String name = p.currentName();
                if (!fields.contains(name)) {
                    throw new ApiProblem(400, "unknown field '" + Api.echo(name) + "'; the body has " + names(fields));
                }
                if (p.nextToken() != JsonToken.VALUE_STRING) {
                    throw new ApiProblem(400, "'" + name + "' must be a string");
                }
                if (values.put(name, p.getText()) != null) {
                    throw new ApiProblem(400, "'" + name + "' is given twice");
                }
            }
            if (p.nextToken() != null) {
                throw new ApiProblem(400, "the body holds more than one JSON value");
            }
        } catch (IOException e) {
            throw new ApiProblem(400, "the body is not valid JSON: " + Api.echo(
                    e instanceof JsonProcessingException j ? j.getOriginalMessage() : String.valueOf(e.getMessage())));
        }
        for (String f : fields) {
            if (!values.containsKey(f)) {
                throw new ApiProblem(400, "'" + f + "' is required; the body has " + names(fields));
            }
        }
        return values;
    }

    private static String names(Set<String> fields) {
        return String.join(", ", fields.stream().sorted().map(f -> "\"" + f + "\"").toList());
    }

    @Override
    public synchronized void close() {
        if (store != null) {
            store.close();
        }
    }
}
