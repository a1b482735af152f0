package org.bellwether.formats.openelections;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntPredicate;
import org.bellwether.core.Election;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.core.ReportingUnit;
import org.bellwether.core.SameElection;
import org.bellwether.core.SharedData;
import org.bellwether.core.StatisticKind;
import org.bellwether.core.UnitStatistic;
import org.bellwether.formats.ReadOptions;

/** Reads files with the reader and sums what the tests assert, by names rather than indexes. */
final class Tabulation {

    private Tabulation() {
    }

    static Path data(String relative) {
        return SharedData.file(relative);
    }

    /**
     * Reads the files in turn, each parsed on this thread and again on a thread of its own ({@link PipedRecords},
     * which the reader uses for large files only), and checks that the two reads end alike: the same election, or
     * the same error.
     */
    static Election read(ReadOptions options, Path... files) {
        Election inline;
        try {
            inline = read(new OpenElectionsCsvReader(Long.MAX_VALUE), options, files);
        } catch (RuntimeException e) {
            assertThatThrownBy(() -> read(new OpenElectionsCsvReader(0), options, files))
                    .isInstanceOf(e.getClass()).hasMessage(e.getMessage());
            throw e;
        }
        SameElection.assertSameElection(read(new OpenElectionsCsvReader(0), options, files), inline);
        return inline;
    }

    private static Election read(OpenElectionsCsvReader reader, ReadOptions options, Path... files) {
        ElectionBuilder builder = new ElectionBuilder();
        for (Path file : files) {
            reader.read(file, builder, options);
        }
        return builder.build();
    }

    static Election read(Path... files) {
        return read(ReadOptions.DEFAULT, files);
    }

    /** Writes a small CSV file, one string per line, each ended by a newline. */
    static Path csv(Path dir, String name, String... lines) {
        try {
            return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Votes for a choice over every unit and vote type. */
    static long votes(Election election, String contest, String choice) {
        return sum(election, contest, choice, t -> true, u -> true);
    }

    /** Votes for a choice of one vote type, named by its label. */
    static long votes(Election election, String contest, String choice, String voteType) {
        return sum(election, contest, choice, t -> election.voteTypes().get(t).label().equals(voteType), u -> true);
    }

    /** Votes for a choice in one county: the county unit itself or its precincts. */
    static long votesIn(Election election, String county, String contest, String choice) {
        return sum(election, contest, choice, t -> true, u -> inCounty(election.units().get(u), county));
    }

    static long statistic(Election election, StatisticKind kind) {
        return election.statistics().stream().filter(s -> s.kind() == kind).mapToLong(UnitStatistic::count).sum();
    }

    static List<String> choiceNames(Election election, String contest) {
        int c = contestIndex(election, contest);
        return election.contests().get(c).choices().stream().map(org.bellwether.core.Choice::name).toList();
    }

    private static long sum(Election election, String contest, String choice, IntPredicate type, IntPredicate unit) {
        int c = contestIndex(election, contest);
        int ch = election.contests().get(c).indexOf(choice);
        if (ch < 0) {
            throw new AssertionError("no choice " + choice + " in " + election.contests().get(c));
        }
        return election.tallies().stream().filter(t -> t.contest() == c && t.choice() == ch)
                .filter(t -> type.test(t.voteType()) && unit.test(t.unit())).mapToLong(t -> t.votes()).sum();
    }

    private static int contestIndex(Election election, String contest) {
        for (int i = 0; i < election.contests().size(); i++) {
            if (election.contests().get(i).name().equals(contest)) {
                return i;
            }
        }
        throw new AssertionError("no contest " + contest + " among "
                + election.contests().stream().map(org.bellwether.core.Contest::name).toList());
    }

    private static boolean inCounty(ReportingUnit unit, String county) {
        return unit.id().equals(county) || unit.parentId().filter(county::equals).isPresent();
    }
}
