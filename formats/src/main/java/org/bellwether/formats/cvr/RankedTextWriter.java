package org.bellwether.formats.cvr;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.Map;
import org.bellwether.core.Contest;
import org.bellwether.core.ranked.Decision;
import org.bellwether.core.ranked.InactiveCause;
import org.bellwether.core.ranked.RankedOutcome;
import org.bellwether.core.ranked.RankedRound;
import org.bellwether.core.ranked.Transfer;

/**
 * A ranked outcome for people: the rule, then each round's threshold, tallies, inactive ballots by cause, who
 * was elected or eliminated and why, and where their votes went; then the winners and the status. Figures are
 * printed exactly as counted.
 */
public final class RankedTextWriter {

    private RankedTextWriter() {
    }

    public static void write(RankedOutcome outcome, String inputs, Writer out) throws IOException {
        Contest contest = outcome.contest();
        out.write(contest.name() + "\n");
        out.write("rule: " + outcome.rule().describe() + "\n");
        out.write("ballots: " + outcome.ballots() + " (" + outcome.noRankings() + " ranked nobody)\n");
        if (!outcome.permutation().isEmpty()) {
            out.write("tie-break permutation: " + String.join(", ", outcome.permutation()) + "\n");
        }
        out.write(inputs);
        for (RankedRound round : outcome.rounds()) {
            out.write("\nround " + round.number() + "  (threshold " + round.threshold() + ")\n");
            int width = 0;
            for (int c : round.tallies().keySet()) {
                width = Math.max(width, contest.choices().get(c).name().length());
            }
            for (Map.Entry<Integer, BigDecimal> e : round.tallies().entrySet()) {
                String name = contest.choices().get(e.getKey()).name();
                out.write("  " + name + " ".repeat(width - name.length()) + "  " + e.getValue() + "\n");
            }
            StringBuilder inactive = new StringBuilder();
            for (InactiveCause cause : InactiveCause.values()) {
                BigDecimal v = round.inactive().get(cause);
                if (v.signum() != 0) {
                    inactive.append(inactive.length() == 0 ? "" : ", ").append(cause.key()).append(' ').append(v);
                }
            }
            out.write("  inactive: " + (inactive.length() == 0 ? "none" : inactive) + "\n");
            for (Decision d : round.decisions()) {
                out.write("  " + (d.elected() ? "elected: " : "eliminated: ") + contest.choices().get(d.choice())
                        .name() + " (" + d.reason() + d.tieBreak().map(t -> "; " + t).orElse("") + ")\n");
                if (!d.transfers().isEmpty()) {
                    StringBuilder moves = new StringBuilder();
                    for (Transfer t : d.transfers()) {
                        String to = switch (t.target()) {
                            case Transfer.EXHAUSTED -> "exhausted";
                            case Transfer.RESIDUAL_SURPLUS -> "residual surplus";
                            default -> contest.choices().get(t.target()).name();
                        };
                        moves.append(moves.length() == 0 ? "" : ", ").append(to).append(' ').append(t.votes());
                    }
                    out.write("    transfers: " + moves + "\n");
                }
            }
        }
        out.write("\nelected: " + (outcome.elected().isEmpty() ? "nobody"
                : String.join(", ", outcome.elected().stream().map(c -> c.name()).toList())) + "\n");
        out.write("status: " + outcome.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + outcome.pendingTie().map(t -> ": round " + t.round() + ", "
                        + String.join(", ", t.candidates().stream().map(c -> contest.choices().get(c).name()).toList())
                        + " tied at " + t.votes() + " for " + (t.forWinning() ? "a seat" : "elimination")
                        + ", to be resolved by " + t.authority()).orElse("") + "\n");
    }
}
