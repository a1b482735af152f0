package org.bellwether.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bellwether.store.ImportAndLoadTest.T1;
import static org.bellwether.store.ImportAndLoadTest.T2;
import static org.bellwether.store.ImportAndLoadTest.at;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bellwether.core.Election;
import org.bellwether.core.SharedData;
import org.bellwether.store.Declaration.Call;
import org.bellwether.store.Declaration.Certified;
import org.bellwether.store.Declaration.Retraction;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Calls, certifications and retractions of the GA-06 runoff, append-only, checked and announced, on both databases. */
class DeclarationsTest {

    static final String CONTEST = "U.S. Representative, District 6";
    static final String KEY = "2017-06-20-june-20-2017-special-runoff";

    @TempDir
    Path dir;

    private static String runoff(Backend backend, Path dir) {
        Election june = RealDataTest.read(SharedData.file("ga06-2017/sos/export-2017JunSpecRun.json"));
        String spec = backend.freshStore(dir);
        try (ResultsStore store = ResultsStore.open(spec)) {
            assertThat(store.importElection(june, "bw", at(T1)).version().electionKey()).isEqualTo(KEY);
        }
        return spec;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aRetractedCallStaysInTheHistoryAndANewOneCanStand(Backend backend) {
        try (ResultsStore store = ResultsStore.open(runoff(backend, dir))) {
            Declaration call = store.declare(KEY, CONTEST, new Call("JON OSSOFF"), "Decision desk", " early vote ",
                    at(T1));
            Declaration retraction = store.retract(KEY, call.id(), "Decision desk", "election-day vote", at(T2));
            Declaration again = store.declare(KEY, CONTEST, new Call("KAREN HANDEL"), "Decision desk",
                    "no path left for Ossoff", at(T2));
            Declaration certified = store.declare(KEY, CONTEST, new Certified(), "GA Secretary of State",
                    "certified 26 June 2017", at(T2));

            List<Declaration> all = store.declarations(Optional.of(KEY));
            assertThat(all).containsExactly(call, retraction, again, certified);
            assertThat(all).extracting(Declaration::id).containsExactly(1L, 2L, 3L, 4L);
            assertThat(retraction.what()).isEqualTo(new Retraction(1));
            assertThat(retraction.contest()).isEqualTo(CONTEST);
            assertThat(call.reason()).isEqualTo("early vote");
            assertThat(call.asOfVersion()).isEqualTo(1);
            assertThat(Declaration.standing(all)).containsExactly(again, certified);
            assertThat(store.declarations(Optional.of("2017-04-18-other"))).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void whatTheCountDoesNotKnowOrWhatIsAlreadyStandingIsRefusedAndNothingIsStored(Backend backend) {
        String spec = runoff(backend, dir);
        String db = Database.of(spec).describe();
        try (ResultsStore store = ResultsStore.open(spec)) {
            assertRefused(() -> store.declare(KEY, "Mayor", new Certified(), "desk", "why", at(T1)),
                    StoreException.Kind.BAD_REFERENCE, db + ": election " + KEY
                            + " has no contest 'Mayor' in its newest version (1)");
            assertRefused(() -> store.declare(KEY, CONTEST, new Call("Karen Handel"), "desk", "why", at(T1)),
                    StoreException.Kind.BAD_REFERENCE, db + ": contest '" + CONTEST
                            + "' has no choice 'Karen Handel' in version 1");
            assertRefused(() -> store.declare("nowhere", CONTEST, new Certified(), "desk", "why", at(T1)),
                    StoreException.Kind.BAD_REFERENCE, db + ": no election nowhere");
            Declaration call = store.declare(KEY, CONTEST, new Call("KAREN HANDEL"), "desk", "why", at(T1));
            assertRefused(() -> store.declare(KEY, CONTEST, new Call("JON OSSOFF"), "desk", "why", at(T1)),
                    StoreException.Kind.CONFLICT, db + ": contest '" + CONTEST
                            + "' already has a call standing (declaration 1); retract it first");
            Declaration retraction = store.retract(KEY, call.id(), "desk", "mistake", at(T1));
            assertRefused(() -> store.retract(KEY, call.id(), "desk", "again", at(T1)), StoreException.Kind.CONFLICT,
                    db + ": declaration 1 is already retracted");
            assertRefused(() -> store.retract(KEY, retraction.id(), "desk", "again", at(T1)),
                    StoreException.Kind.CONFLICT, db + ": declaration 2 is a retraction; a retraction cannot be"
                            + " retracted, declare again instead");
            assertRefused(() -> store.retract(KEY, 99, "desk", "why", at(T1)), StoreException.Kind.BAD_REFERENCE,
                    db + ": election " + KEY + " has no declaration 99");
            assertThatThrownBy(() -> store.declare(KEY, CONTEST, new Certified(), "desk\u001B[2J", "why", at(T1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("'by' holds a control or format character");
            assertThatThrownBy(() -> store.declare(KEY, CONTEST, new Certified(), "desk", " ", at(T1)))
                    .hasMessage("'reason' must not be empty");
            assertThatThrownBy(() -> store.declare(KEY, CONTEST, new Certified(), "d".repeat(101), "why", at(T1)))
                    .hasMessage("'by' is 101 characters long; the limit is 100");
            assertThat(store.declarations(Optional.empty())).containsExactly(call, retraction);
            store.declare(KEY, CONTEST, new Certified(), "desk", "why", at(T1));
        }
    }

    private static void assertRefused(Runnable r, StoreException.Kind kind, String message) {
        assertThatThrownBy(r::run).isInstanceOf(StoreException.class).hasMessage(message)
                .extracting(e -> ((StoreException) e).kind()).isEqualTo(kind);
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aListenerHearsEachDeclarationWhenItIsCommitted(Backend backend) throws Exception {
        String spec = runoff(backend, dir);
        BlockingQueue<Long> heard = new LinkedBlockingQueue<>();
        BlockingQueue<Long> versions = new LinkedBlockingQueue<>();
        VersionListener listener = VersionListener.start(spec, versions::add, heard::add, m -> { });
        try (listener; ResultsStore store = ResultsStore.open(spec)) {
            assertThat(heard.poll(10, TimeUnit.SECONDS)).isZero();
            assertThat(versions.poll(10, TimeUnit.SECONDS)).isEqualTo(1L);
            store.declare(KEY, CONTEST, new Call("KAREN HANDEL"), "desk", "why", at(T1));
            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo(1L);
            assertThatThrownBy(() -> store.declare(KEY, CONTEST, new Call("JON OSSOFF"), "desk", "why", at(T1)))
                    .isInstanceOf(StoreException.class);
            store.retract(KEY, 1, "desk", "why", at(T1));
            assertThat(heard.poll(10, TimeUnit.SECONDS)).as("the refused call was never announced").isEqualTo(2L);
            assertThat(versions).isEmpty();
        }
    }
}
