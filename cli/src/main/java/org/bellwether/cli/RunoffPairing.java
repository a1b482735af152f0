package org.bellwether.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bellwether.core.Choice;
import org.bellwether.core.ElectionType;
import org.bellwether.core.rule.Outcome;
import org.bellwether.core.rule.RunoffLink;
import org.bellwether.core.rule.Verdict;
import org.bellwether.formats.report.ContestReport;
import org.bellwether.formats.report.ElectionReport;

/**
 * Finds, among the elections of one report, each runoff's first round: for every contest of a runoff election,
 * the contest of an earlier election, not itself a runoff, with the same name (ignoring case) or else with the most
 * of the runoff's choices, whose count sent (or would send) it to a runoff.
 */
final class RunoffPairing {

    private RunoffPairing() {
    }

    static List<RunoffLink> links(List<ElectionReport> elections) {
        List<RunoffLink> links = new ArrayList<>();
        for (ElectionReport runoff : elections) {
            if (runoff.election().type() != ElectionType.RUNOFF) {
                continue;
            }
            for (ContestReport contest : runoff.contests()) {
                firstRound(elections, runoff, contest.outcome()).ifPresent(f -> links.add(RunoffLink.of(f,
                        contest.outcome())));
            }
        }
        return links;
    }

    private static Optional<Outcome> firstRound(List<ElectionReport> elections, ElectionReport runoff, Outcome o) {
        Outcome best = null;
        int bestScore = 1;
        for (ElectionReport first : elections) {
            if (first == runoff || first.election().type() == ElectionType.RUNOFF || !earlier(first, runoff)) {
                continue;
            }
            for (ContestReport c : first.contests()) {
                Outcome candidate = c.outcome();
                if (!sendsToRunoff(candidate)) {
                    continue;
                }
                int score = candidate.contest().name().equalsIgnoreCase(o.contest().name()) ? Integer.MAX_VALUE
                        : shared(candidate, o);
                if (score > bestScore) {
                    best = candidate;
                    bestScore = score;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean sendsToRunoff(Outcome o) {
        return o.status().verdictSoFar().filter(v -> v == Verdict.RUNOFF).isPresent();
    }

    private static boolean earlier(ElectionReport first, ElectionReport runoff) {
        var a = first.election().date();
        var b = runoff.election().date();
        return a.isEmpty() || b.isEmpty() || a.get().isBefore(b.get());
    }

    private static int shared(Outcome first, Outcome runoff) {
        Set<String> names = new HashSet<>();
        for (Choice c : first.contest().choices()) {
            names.add(c.name().strip().toUpperCase(Locale.ROOT));
        }
        return (int) runoff.contest().choices().stream()
                .filter(c -> names.contains(c.name().strip().toUpperCase(Locale.ROOT))).count();
    }
}
