package org.bellwether.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GA-06's county Clarity files name no state; their sites' addresses do ({@code /GA/Cobb/...}), so the watcher
 * stores the election as Georgia's and {@code serve} decides it by the rulebook's Georgia law, with no
 * {@code --rule}.
 */
class OwnLawTest {

    @TempDir
    Path dir;

    @Test
    void theRulebookDecidesTheRunoffNightUnderGeorgiaLawFromTheSitesAddress() {
        String db = dir.resolve("night.db").toString();
        try (FeedServer feeds = new FeedServer()) {
            NightStore.fill(db, feeds, 3, dir.resolve("cache"));
        }
        try (ResultsServer server = ResultsServer.start(db, ServeSettings.defaults(), l -> { })) {
            String key = NightStore.key(db);
            String last = Http.get(server.port(), "/api/v1/elections/" + key + "/contests/0").body();
            assertThat(last).contains("\"code\":\"elected\"", "\"words\":\"KAREN HANDEL elected\"", "\"winner\":\"X\"");
            assertThat(last).contains("(rule Bellwether's rulebook (us-rulebook.csv), entry GA runoff *"
                    + " (O.C.G.A. § 21-2-501(a)(3)))");
            String first = Http.get(server.port(), "/api/v1/elections/" + key + "/versions/1/contests/0").body();
            assertThat(first).contains("\"code\":\"leading\"");
        }
    }
}
