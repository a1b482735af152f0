package org.bellwether.analysis.money;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;

/**
 * Dollars per vote for each candidate of a contest. Candidates are tied to FEC summaries only through an explicit
 * table (choice name → FEC id) that the caller resolved; a candidate missing from it is listed without money.
 * The FEC figures are totals of the whole two-year cycle, so for a special election held early in a cycle they
 * include money raised and spent later (for a primary or general of 2018 too): the ratio is an upper bound on
 * what the special cost, never a measure of it.
 */
public final class MoneyPerVote {

    public static final String CAVEAT = "FEC figures are whole-cycle totals (2017-2018): they include money for"
            + " every election of the cycle, not only this one";

    private MoneyPerVote() {
    }

    /**
     * @param votes     {@code votes[i]} is the votes of {@code contest.choices().get(i)}
     * @param byChoice  upper-cased choice name to its finance
     */
    public static List<MoneyRow> compute(Contest contest, long[] votes, Map<String, Finance> byChoice) {
        List<MoneyRow> rows = new ArrayList<>();
        for (int i = 0; i < contest.choices().size(); i++) {
            Choice c = contest.choices().get(i);
            rows.add(new MoneyRow(c.name(), c.party().orElse(""), votes[i],
                    Optional.ofNullable(byChoice.get(c.name().strip().toUpperCase(Locale.ROOT)))));
        }
        rows.sort(java.util.Comparator.comparingLong(MoneyRow::votes).reversed()
                .thenComparing(MoneyRow::candidate));
        return rows;
    }
}
