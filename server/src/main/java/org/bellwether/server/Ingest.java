package org.bellwether.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.bellwether.core.Election;
import org.bellwether.formats.InputException;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.Readers;
import org.bellwether.store.ImportResult;
import org.bellwether.store.ResultsStore;

/**
 * {@code POST /api/v1/ingest}: a results file in the body, in any format the project reads, imported as the next
 * version of its election. Needs the write token; the store connection for writing is opened on first use.
 */
final class Ingest implements AutoCloseable {

    private final String storeSpec;
    private final WriteToken token;
    private ResultsStore store;

    Ingest(String storeSpec, WriteToken token) {
        this.storeSpec = storeSpec;
        this.token = token;
    }

    void handle(Context ctx) {
        token.require(ctx);
        byte[] body = ctx.bodyAsBytes();
        if (body.length == 0) {
            throw new ApiProblem(400, "the request body is empty: send a results file");
        }
        ImportResult r = importFile(body, ctx.queryParam("name"));
        ctx.status(r instanceof ImportResult.Created ? 201 : 200).header("Cache-Control", "no-store")
                .contentType("application/json").result(ApiJson.bytes(g -> {
                    g.writeStartObject();
                    g.writeStringField("election", r.version().electionKey());
                    g.writeNumberField("version", r.version().number());
                    g.writeBooleanField("created", r instanceof ImportResult.Created);
                    g.writeEndObject();
                }));
    }

    private synchronized ImportResult importFile(byte[] body, String name) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("bellwether-ingest");
            String file = name != null && name.matches("[A-Za-z0-9._-]{1,100}") ? name : "request-body";
            Path path = Files.write(dir.resolve(file), body);
            Election e;
            try {
                e = Readers.standard().read(java.util.List.of(path), ReadOptions.DEFAULT);
            } catch (InputException bad) {
                throw new ApiProblem(400, bad.getMessage().replace(dir.toString() + "/", ""));
            }
            if (store == null) {
                store = ResultsStore.open(storeSpec);
            }
            return store.importElection(e, "bellwether serve (ingest)", Clock.systemUTC());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary folder left behind is harmless; the import's outcome stands
        }
    }

    @Override
    public synchronized void close() {
        if (store != null) {
            store.close();
        }
    }
}
