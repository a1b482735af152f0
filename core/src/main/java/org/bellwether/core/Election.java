package org.bellwether.core;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything read about one election: its contests, the reporting-unit tree, the vote types the sources break
 * votes into, the tallies, the unit statistics, the files it came from and what the readers noticed.
 * Tallies and statistics refer to contests, units and vote types by their index in these lists.
 *
 * @param name       the election's name in the source
 * @param date       the election day when a source gives it
 * @param type       general, primary, special or runoff
 * @param contests   contests in the order first seen
 * @param units      reporting units in the order first seen
 * @param voteTypes  vote types in the order first seen
 * @param tallies    votes per (contest, choice, unit, vote type)
 * @param statistics registered voters, ballots cast, over- and undervotes
 * @param sources    the input files, with their SHA-256
 * @param notes      what the readers checked or changed (totals verified, aliases merged), for the output
 * @param state         the state whose election this is, as its USPS code ({@code GA}), when a source says
 * @param certification whether the results are certified, as a source states or an import declares
 */
public record Election(String name, Optional<LocalDate> date, ElectionType type, List<Contest> contests,
        List<ReportingUnit> units, List<VoteType> voteTypes, TallyTable tallies, List<UnitStatistic> statistics,
        List<Source> sources, List<String> notes, Optional<String> state, Certification certification) {

    public Election {
        Objects.requireNonNull(name, "election name");
        Objects.requireNonNull(date, "election date (use Optional.empty())");
        Objects.requireNonNull(type, "election type");
        contests = List.copyOf(contests);
        units = List.copyOf(units);
        voteTypes = List.copyOf(voteTypes);
        Objects.requireNonNull(tallies, "election tallies");
        statistics = statistics instanceof StatisticColumns.Packed ? statistics : List.copyOf(statistics);
        sources = List.copyOf(sources);
        notes = List.copyOf(notes);
        Objects.requireNonNull(state, "election state (use Optional.empty())");
        Objects.requireNonNull(certification, "election certification");
    }

    /** An election of no known state, unofficial. */
    public Election(String name, Optional<LocalDate> date, ElectionType type, List<Contest> contests,
            List<ReportingUnit> units, List<VoteType> voteTypes, TallyTable tallies, List<UnitStatistic> statistics,
            List<Source> sources, List<String> notes) {
        this(name, date, type, contests, units, voteTypes, tallies, statistics, sources, notes, Optional.empty(),
                Certification.UNOFFICIAL);
    }

    /** The same election with its contests replaced (same count and order), e.g. with their reporting derived. */
    public Election withContests(List<Contest> replaced) {
        if (replaced.size() != contests.size()) {
            throw new IllegalArgumentException("withContests: " + replaced.size() + " contests for " + contests.size());
        }
        return new Election(name, date, type, replaced, units, voteTypes, tallies, statistics, sources, notes, state,
                certification);
    }

    /** The same election with other notes, e.g. only those that concern the contests reported. */
    public Election withNotes(List<String> kept) {
        return new Election(name, date, type, contests, units, voteTypes, tallies, statistics, sources, kept, state,
                certification);
    }

    /** The same election, of this state (a USPS code). */
    public Election withState(String postalCode) {
        return new Election(name, date, type, contests, units, voteTypes, tallies, statistics, sources, notes,
                Optional.of(postalCode), certification);
    }

    /** The same election, declared certified or unofficial. */
    public Election withCertification(Certification declared) {
        return new Election(name, date, type, contests, units, voteTypes, tallies, statistics, sources, notes, state,
                declared);
    }

    /** The index of the first contest whose name equals {@code name} ignoring case, or -1. */
    public int contestIndex(String contestName) {
        for (int i = 0; i < contests.size(); i++) {
            if (contests.get(i).name().equalsIgnoreCase(contestName)) {
                return i;
            }
        }
        return -1;
    }

    /** Sums of votes per choice of a contest, over every unit and vote type. */
    public long[] choiceTotals(int contest) {
        return tallies.choiceTotals(contest, contests.get(contest).choices().size());
    }

    /** Sums of votes per choice of every contest, by contest index, in one pass over the tallies. */
    public long[][] choiceTotals() {
        return tallies.choiceTotals(contests.stream().mapToInt(c -> c.choices().size()).toArray());
    }
}
