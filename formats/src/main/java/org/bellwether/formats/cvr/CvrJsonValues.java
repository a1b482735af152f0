package org.bellwether.formats.cvr;

import java.util.List;
import java.util.Map;
import org.bellwether.core.rule.BallotRules;
import org.bellwether.formats.InputException;

/**
 * The checks the JSON cast-vote-record readers (NIST CDF, Dominion) make of the values they take from a parsed
 * record: an object or an array where one is due, and a rank that is a whole number within the ranks read. Every
 * refusal names the file and the JSON path.
 */
final class CvrJsonValues {

    private CvrJsonValues() {
    }

    /** A rank from 1 to {@code maxRankings}, or to {@link CvrLimits#MAX_RANKS} when the rankings are unlimited. */
    static int rank(Object raw, String at, String file, int maxRankings) {
        int rank;
        try {
            rank = Integer.parseInt(String.valueOf(raw));
        } catch (NumberFormatException e) {
            throw new InputException(file, at + ".Rank", "rank " + InputException.echo(String.valueOf(raw))
                    + " is not a whole number");
        }
        int max = maxRankings == BallotRules.UNLIMITED ? CvrLimits.MAX_RANKS : maxRankings;
        if (rank < 1 || rank > max) {
            throw new InputException(file, at + ".Rank", "rank " + rank + " is outside 1 to " + max
                    + (maxRankings == BallotRules.UNLIMITED ? " (CvrLimits.MAX_RANKS)" : " (maxRankingsAllowed)"));
        }
        return rank;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value, String at, String file) {
        if (!(value instanceof Map)) {
            throw new InputException(file, at, "is not a JSON object");
        }
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object value, String at, String file) {
        if (!(value instanceof List)) {
            throw new InputException(file, at, "is not a JSON array");
        }
        return (List<Object>) value;
    }
}
