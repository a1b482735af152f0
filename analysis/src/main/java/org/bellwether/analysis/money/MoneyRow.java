package org.bellwether.analysis.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * One candidate's votes beside the money of the cycle.
 *
 * @param candidate the choice's name in the results
 * @param party     its party label, empty when unknown
 * @param votes     its votes in the contest
 * @param finance   its FEC summary, empty when the id table gives it none
 */
public record MoneyRow(String candidate, String party, long votes, Optional<Finance> finance) {

    public MoneyRow {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(finance, "finance (use Optional.empty())");
    }

    /** Receipts ÷ votes in dollars, to the cent, half to even; empty with no finance or no votes. */
    public Optional<BigDecimal> receiptsPerVote() {
        return perVote(finance.map(Finance::receipts));
    }

    public Optional<BigDecimal> disbursementsPerVote() {
        return perVote(finance.map(Finance::disbursements));
    }

    private Optional<BigDecimal> perVote(Optional<BigDecimal> dollars) {
        return votes == 0 ? Optional.empty()
                : dollars.map(d -> d.divide(BigDecimal.valueOf(votes), 2, RoundingMode.HALF_EVEN));
    }
}
