package org.bellwether.server;

import org.bellwether.render.ContestView;
import java.util.List;
import java.util.function.Predicate;
import org.bellwether.store.VersionInfo;

/**
 * An election's summary JSON: each contest's status, reporting and choices, and the {@code nextrequest} cursor, the
 * URL that returns only the contests that changed after this version.
 */
final class Summary {

    private Summary() {
    }

    static byte[] json(VersionInfo v, String date, boolean testData, List<ContestView> contests,
            Predicate<ContestView> include) {
        String base = "/api/v1/elections/" + v.electionKey();
        return ApiJson.bytes(g -> {
            g.writeStartObject();
            ApiJson.header(g, v, date, testData);
            g.writeStringField("nextrequest", base + "?since=" + v.number());
            g.writeArrayFieldStart("contests");
            for (ContestView c : contests) {
                if (include.test(c)) {
                    ApiJson.contest(g, c, base + "/versions/" + v.number(), false);
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** The summary of {@code now} with only the contests whose figures differ from {@code since}. */
    static byte[] since(Published now, Published since) {
        return json(now.version(), now.date(), now.testData(), now.contests(), c -> c.id() >= since.contestDigests()
                .size() || !since.contestDigests().get(c.id()).equals(now.contestDigests().get(c.id())));
    }
}
