package org.bellwether.core.rule;

import java.util.Objects;
import org.bellwether.core.Certification;

/**
 * Where a contest stands, and how sure that is. A count that is partial, whose completeness is unknown, or whose
 * rule was only assumed is {@link Leading}: it says what the count would decide if it stood, never that anyone
 * is elected. Only a complete count under a known rule is {@link Decided}; a margin inside the law's recount
 * margin is {@link RecountPossible}; a tie left to an authority is {@link TiePending}.
 */
public sealed interface Status permits Status.Leading, Status.Decided, Status.RecountPossible, Status.TiePending {

    /** A word for programs, e.g. {@code leading}, {@code elected}, {@code runoff-required}. */
    String code();

    /** The status in words a reader understands, e.g. {@code LEADING (partial count)}. */
    String label();

    /**
     * What the count decides, or, while it only leads, what it would decide if it stood; empty for a tie left to
     * an authority.
     */
    java.util.Optional<Verdict> verdictSoFar();

    /** Whether the results are certified; a count that only leads never is. */
    boolean certified();

    /** Why a count is only leading. */
    enum Why {
        PARTIAL_COUNT("partial count"),
        COMPLETENESS_UNKNOWN("the source does not say whether the count is complete"),
        RULE_ASSUMED("no rule known for this contest");

        private final String words;

        Why(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * @param provisional what the count would decide if it stood
     * @param why         why it cannot decide yet
     */
    record Leading(Verdict provisional, Why why) implements Status {
        public Leading {
            Objects.requireNonNull(provisional, "leading: provisional verdict");
            Objects.requireNonNull(why, "leading: why");
        }

        @Override
        public String code() {
            return switch (provisional) {
                case ELECTED -> "leading";
                case RUNOFF -> "runoff-likely";
                case ADVANCE -> "advancing";
            };
        }

        @Override
        public java.util.Optional<Verdict> verdictSoFar() {
            return java.util.Optional.of(provisional);
        }

        @Override
        public boolean certified() {
            return false;
        }

        @Override
        public String label() {
            return switch (provisional) {
                case ELECTED -> "LEADING";
                case RUNOFF -> "LEADING, RUNOFF LIKELY";
                case ADVANCE -> "LEADING, ADVANCING SO FAR";
            } + " (" + why.words() + ")";
        }
    }

    /**
     * @param verdict       what the count decided
     * @param certification whether the results are certified
     */
    record Decided(Verdict verdict, Certification certification) implements Status {
        public Decided {
            Objects.requireNonNull(verdict, "decided: verdict");
            Objects.requireNonNull(certification, "decided: certification");
        }

        @Override
        public String code() {
            return verdictCode(verdict);
        }

        @Override
        public String label() {
            return verdictLabel(verdict) + " (" + certificationWords(certification) + ")";
        }

        @Override
        public java.util.Optional<Verdict> verdictSoFar() {
            return java.util.Optional.of(verdict);
        }

        @Override
        public boolean certified() {
            return certification == Certification.CERTIFIED;
        }
    }

    /**
     * @param verdict       what the count decided, subject to a recount
     * @param certification whether the results are certified
     * @param margin        the margin at the cut line, in votes
     * @param law           the recount margin it falls inside
     */
    record RecountPossible(Verdict verdict, Certification certification, long margin, RecountMargin law)
            implements Status {
        public RecountPossible {
            Objects.requireNonNull(verdict, "recount possible: verdict");
            Objects.requireNonNull(certification, "recount possible: certification");
            Objects.requireNonNull(law, "recount possible: law");
        }

        @Override
        public String code() {
            return verdictCode(verdict) + "-recount-possible";
        }

        @Override
        public String label() {
            return verdictLabel(verdict) + " (" + certificationWords(certification) + "), WITHIN RECOUNT MARGIN";
        }

        @Override
        public java.util.Optional<Verdict> verdictSoFar() {
            return java.util.Optional.of(verdict);
        }

        @Override
        public boolean certified() {
            return certification == Certification.CERTIFIED;
        }
    }

    /** @param certification whether the results are certified */
    record TiePending(Certification certification) implements Status {
        public TiePending {
            Objects.requireNonNull(certification, "tie pending: certification");
        }

        @Override
        public String code() {
            return "tie-pending";
        }

        @Override
        public String label() {
            return "TIE PENDING (" + certificationWords(certification) + ")";
        }

        @Override
        public java.util.Optional<Verdict> verdictSoFar() {
            return java.util.Optional.empty();
        }

        @Override
        public boolean certified() {
            return certification == Certification.CERTIFIED;
        }
    }

    private static String verdictCode(Verdict verdict) {
        return switch (verdict) {
            case ELECTED -> "elected";
            case RUNOFF -> "runoff-required";
            case ADVANCE -> "advance-to-general";
        };
    }

    private static String verdictLabel(Verdict verdict) {
        return switch (verdict) {
            case ELECTED -> "ELECTED";
            case RUNOFF -> "RUNOFF REQUIRED";
            case ADVANCE -> "ADVANCE TO GENERAL";
        };
    }

    private static String certificationWords(Certification certification) {
        return switch (certification) {
            case UNOFFICIAL -> "complete, unofficial";
            case CERTIFIED -> "certified";
        };
    }
}
