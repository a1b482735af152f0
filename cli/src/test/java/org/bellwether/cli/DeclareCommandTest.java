package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.bellwether.core.SharedData;
import org.bellwether.server.ResultsServer;
import org.bellwether.server.ServeSettings;
import org.bellwether.store.ThrowawayPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code bellwether declare} on the GA-06 runoff's official results, on both databases: the same rules as serve's
 * write endpoints (the store's), exit codes, and a running server that hears of a declaration made here.
 */
class DeclareCommandTest {

    static final String NL = System.lineSeparator();
    private static final String RUNOFF = SharedData.file("ga06-2017/sos/export-2017JunSpecRun.json").toString();
    /** The key the import gives the runoff (its date and name). */
    private static String key;
    private static final String CONTEST = "U.S. Representative, District 6";

    /** The two databases: an SQLite file, or a fresh database on the PostgreSQL of scripts/with-postgres.sh. */
    enum Store {
        SQLITE, POSTGRESQL;

        private static final AtomicInteger DATABASES = new AtomicInteger();

        String fresh(Path dir) {
            if (this == SQLITE) {
                return dir.resolve("declare-" + DATABASES.incrementAndGet() + ".db").toString();
            }
            return ThrowawayPostgres.freshDatabase("bw_cli");
        }
    }

    @TempDir
    Path dir;

    private String imported(Store store) {
        String db = store.fresh(dir);
        CommandRun run = CommandRun.at(StoreCommandsTest.NINE_FORTY, "import", RUNOFF, "--db", db);
        assertThat(run.exitCode()).as(run.err()).isZero();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"electionKey\" : \"([^\"]+)\"").matcher(
                CommandRun.of("versions", "--db", db, "--format", "json").out());
        assertThat(m.find()).isTrue();
        key = m.group(1);
        return db;
    }

    private static CommandRun declare(String db, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "declare";
        System.arraycopy(args, 0, all, 1, args.length);
        all[args.length + 1] = "--db";
        all[args.length + 2] = db;
        return CommandRun.at(StoreCommandsTest.ELEVEN, all);
    }

    @ParameterizedTest
    @EnumSource(Store.class)
    void callsCertifiesAndRetractsUnderTheStoresRules(Store store) {
        String db = imported(store);
        CommandRun call = declare(db, "call", key, CONTEST, "KAREN HANDEL", "--by", "Night desk", "--reason",
                "no path left");
        assertThat(call.exitCode()).as(call.err()).isZero();
        assertThat(call.out()).isEqualTo("Declaration 1  " + key + "  call: KAREN HANDEL wins \"" + CONTEST
                + "\", by Night desk at 2017-06-21T03:00:00Z against version 1: no path left" + NL);

        CommandRun again = declare(db, "call", key, CONTEST, "JON OSSOFF", "--by", "Night desk", "--reason", "no");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).contains("contest '" + CONTEST + "' already has");
        CommandRun nobody = declare(db, "call", key, CONTEST, "NOBODY", "--by", "Desk", "--reason", "why");
        assertThat(nobody.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(nobody.err()).contains("has no choice 'NOBODY' in version 1");
        CommandRun noContest = declare(db, "certify", key, "Mayor", "--by", "Desk", "--reason", "why");
        assertThat(noContest.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noContest.err()).contains("has no contest 'Mayor' in its newest version (1)");

        CommandRun cert = declare(db, "certify", key, CONTEST, "--by", "GA Secretary of State", "--reason",
                "certified 26 June 2017", "--format", "json");
        assertThat(cert.exitCode()).as(cert.err()).isZero();
        assertThat(OutputSchemas.problems("declarations.schema.json", cert.out())).as(cert.out()).isEmpty();
        assertThat(cert.out()).contains("\"kind\" : \"certified\"", "\"id\" : 2");
        CommandRun retract = declare(db, "retract", key, "1", "--by", "Night desk", "--reason", "called too early");
        assertThat(retract.exitCode()).as(retract.err()).isZero();
        assertThat(retract.out()).startsWith("Declaration 3  " + key + "  retraction of declaration 1 (\"" + CONTEST
                + "\")");
        CommandRun twice = declare(db, "retract", key, "1", "--by", "Night desk", "--reason", "again");
        assertThat(twice.exitCode()).isEqualTo(ExitCodes.USAGE);

        CommandRun list = declare(db, "list", key, "--format", "json");
        assertThat(list.exitCode()).isZero();
        assertThat(OutputSchemas.problems("declarations.schema.json", list.out())).as(list.out()).isEmpty();
        assertThat(list.out()).containsSubsequence("\"kind\" : \"call\"", "\"choice\" : \"KAREN HANDEL\"",
                "\"kind\" : \"certified\"", "\"kind\" : \"retraction\"", "\"retracts\" : 1");
        assertThat(declare(db, "list").out().lines()).hasSize(3);
    }

    @Test
    void badWordsAndAMissingStoreAreRefusedWithTheirExitCodes() {
        String db = imported(Store.SQLITE);
        CommandRun empty = declare(db, "certify", key, CONTEST, "--by", " ", "--reason", "why");
        assertThat(empty.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(empty.err()).contains("'by' must not be empty");
        CommandRun control = declare(db, "certify", key, CONTEST, "--by", "Desk", "--reason", "a\u0007b");
        assertThat(control.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(control.err()).contains("'reason' holds a control or format character");
        CommandRun noBy = declare(db, "certify", key, CONTEST, "--reason", "why");
        assertThat(noBy.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(noBy.err()).contains("Missing required option: '--by=WHO'");
        CommandRun missing = declare(dir.resolve("none.db").toString(), "list");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(missing.err()).contains("none.db: no results store here; `bellwether import` creates one");
        assertThat(declare(db, "list").out()).isEqualTo("No declarations stored yet." + NL);
        CommandRun help = CommandRun.of("declare", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("call", "certify", "retract", "list");
        assertThat(CommandRun.of("declare", "call", "--help").out()).contains("--by=WHO", "--reason=WHY", "CHOICE");
    }

    @Test
    void aRunningServerHearsADeclarationMadeHere() throws Exception {
        String db = imported(Store.SQLITE);
        try (ResultsServer server = ResultsServer.start(db, ServeSettings.defaults(), l -> { })) {
            CommandRun call = declare(db, "call", key, CONTEST, "JON OSSOFF", "--by", "Night desk", "--reason",
                    "our model");
            assertThat(call.exitCode()).as(call.err()).isZero();
            HttpClient http = HttpClient.newHttpClient();
            URI contest = URI.create("http://127.0.0.1:" + server.port() + "/api/v1/elections/" + key + "/contests/0");
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            String body = "";
            while (!body.contains("\"call\":\"X\"") && System.nanoTime() < deadline) {
                Thread.sleep(50);
                body = http.send(HttpRequest.newBuilder(contest).build(), HttpResponse.BodyHandlers.ofString()).body();
            }
            assertThat(body).contains("\"choice\":\"JON OSSOFF\",\"by\":\"Night desk\"", "\"call\":\"X\"");
        }
    }
}
