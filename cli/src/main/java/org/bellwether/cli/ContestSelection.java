package org.bellwether.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.bellwether.core.Election;
import picocli.CommandLine;

/**
 * Finds the contests a user means: the exact name (ignoring case) if there is one, else the single contest whose
 * name contains the words given. Several matches are a usage error that lists them, never a guess.
 */
final class ContestSelection {

    private ContestSelection() {
    }

    static List<Integer> select(Election election, String wanted, CommandLine cli) {
        if (wanted == null) {
            return IntStream.range(0, election.contests().size()).boxed().toList();
        }
        int exact = election.contestIndex(wanted);
        if (exact >= 0) {
            return List.of(exact);
        }
        String needle = wanted.toLowerCase(Locale.ROOT);
        List<Integer> matches = new ArrayList<>();
        for (int i = 0; i < election.contests().size(); i++) {
            if (election.contests().get(i).name().toLowerCase(Locale.ROOT).contains(needle)) {
                matches.add(i);
            }
        }
        if (matches.size() == 1) {
            return matches;
        }
        throw new CommandLine.ParameterException(cli, (matches.isEmpty() ? "no contest matches '" + wanted + "'"
                : "'" + wanted + "' matches " + matches.size() + " contests, name one") + "; contests: "
                + names(election, matches.isEmpty() ? IntStream.range(0, election.contests().size()).boxed().toList()
                        : matches));
    }

    /** The same, for one of several elections: no match there is no error, only nothing to report from it. */
    static List<Integer> selectIfAny(Election election, String wanted) {
        if (wanted == null) {
            return IntStream.range(0, election.contests().size()).boxed().toList();
        }
        int exact = election.contestIndex(wanted);
        if (exact >= 0) {
            return List.of(exact);
        }
        String needle = wanted.toLowerCase(Locale.ROOT);
        List<Integer> matches = IntStream.range(0, election.contests().size())
                .filter(i -> election.contests().get(i).name().toLowerCase(Locale.ROOT).contains(needle)).boxed()
                .toList();
        return matches.size() == 1 ? matches : List.of();
    }

    private static String names(Election election, List<Integer> indices) {
        List<String> names = indices.stream().limit(12).map(i -> election.contests().get(i).name()).toList();
        return String.join("; ", names) + (indices.size() > 12 ? "; ... (" + indices.size() + " in all)" : "");
    }
}
