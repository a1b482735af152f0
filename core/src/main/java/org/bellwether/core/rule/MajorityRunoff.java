package org.bellwether.core.rule;

import java.util.Objects;

/**
 * One seat, won by more than a share (usually half) of the votes cast in the contest; when nobody has that
 * many, the top {@code advance} choices go to a runoff.
 *
 * @param threshold the share of the votes cast the winner must exceed
 * @param advance   how many go to the runoff, at least 2
 * @param basis     the law that sets the rule, cited in every explanation
 */
public record MajorityRunoff(Share threshold, int advance, String basis) implements Rule {

    public MajorityRunoff {
        Objects.requireNonNull(threshold, "majority runoff: threshold");
        Objects.requireNonNull(basis, "majority runoff: basis");
        if (advance < 2) {
            throw new IllegalArgumentException("majority runoff: advance must be at least 2, was " + advance);
        }
        if (basis.isBlank()) {
            throw new IllegalArgumentException("majority runoff: basis (the law that sets the rule) is blank");
        }
    }

    /** Georgia: more than half of the votes cast, else the top two meet in a runoff. */
    public static MajorityRunoff georgia() {
        return new MajorityRunoff(new Share(1, 2), 2, "O.C.G.A. § 21-2-501");
    }

    @Override
    public String describe() {
        String bar = threshold.isHalf()
                ? "majority of votes cast (more than 1/2)"
                : "more than " + threshold + " of votes cast";
        return bar + ", else the top " + advance + " advance to a runoff (" + basis + ")";
    }
}
