package org.bellwether.core.rule;

import java.util.Arrays;
import java.util.List;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;

/** Small contests for the tests: choices named as given, vote-for 1. */
final class Contests {

    private Contests() {
    }

    static Contest of(String... names) {
        return new Contest("Test contest", 1, Arrays.stream(names).map(Choice::named).toList());
    }

    static Outcome count(Rule rule, TieBreak tieBreak, String names, long... votes) {
        return Tabulator.tabulate(of(names.split(",")), votes, rule, tieBreak);
    }

    static List<String> names(List<Choice> choices) {
        return choices.stream().map(Choice::name).toList();
    }
}
