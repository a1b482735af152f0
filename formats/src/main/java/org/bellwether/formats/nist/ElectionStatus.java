package org.bellwether.formats.nist;

import java.util.Locale;
import java.util.Optional;
import org.bellwether.core.Certification;
import org.bellwether.core.Reporting;
import org.bellwether.core.RuleDeclaration;

/**
 * What a NIST ERR file says of how official and how complete its results are, and of each contest's rule:
 * the ElectionReport's {@code Status} (ResultsStatus), each contest's {@code CountStatus} of type total, and its
 * {@code VoteVariation} with {@code NumberElected}.
 */
final class ElectionStatus {

    private ElectionStatus() {
    }

    static Certification certification(Optional<String> resultsStatus) {
        return resultsStatus.filter("certified"::equals).map(s -> Certification.CERTIFIED)
                .orElse(Certification.UNOFFICIAL);
    }

    /** A contest's own total CountStatus first, then the report's ResultsStatus; unknown when neither says. */
    static Reporting reporting(Optional<String> contestTotal, Optional<String> resultsStatus) {
        if (contestTotal.isPresent()) {
            String s = contestTotal.get();
            return switch (s) {
                case "completed", "unofficial-complete" -> stated(Reporting.Completeness.COMPLETE, "CountStatus", s);
                case "in-process", "not-processed" -> stated(Reporting.Completeness.PARTIAL, "CountStatus", s);
                default -> stated(Reporting.Completeness.UNKNOWN, "CountStatus", s);
            };
        }
        return resultsStatus.map(s -> switch (s) {
            case "certified", "unofficial-complete", "correction", "recount" ->
                    stated(Reporting.Completeness.COMPLETE, "Status", s);
            case "unofficial-partial", "pre-election" -> stated(Reporting.Completeness.PARTIAL, "Status", s);
            default -> stated(Reporting.Completeness.UNKNOWN, "Status", s);
        }).orElse(Reporting.UNKNOWN);
    }

    private static Reporting stated(Reporting.Completeness completeness, String field, String value) {
        return Reporting.stated(completeness, "the file's " + field + " " + value);
    }

    /**
     * The rule a contest's VoteVariation declares, in the written form the rules read; empty for variations that
     * Bellwether does not count (approval, Borda, cumulative, range, proportional, super-majority, other).
     */
    static Optional<RuleDeclaration> declared(Optional<String> voteVariation, int numberElected, int votesAllowed) {
        if (voteVariation.isEmpty()) {
            return Optional.empty();
        }
        String v = voteVariation.get().toLowerCase(Locale.ROOT);
        int seats = numberElected > 0 ? numberElected : votesAllowed;
        String basis = "NIST ERR VoteVariation " + v + (numberElected > 0 ? ", NumberElected " + numberElected : "");
        Optional<String> spec = switch (v) {
            case "plurality", "n-of-m" -> Optional.of("vote-for=" + seats);
            case "majority" -> Optional.of("majority");
            case "rcv" -> Optional.of(seats > 1 ? "stv=" + seats : "instant-runoff");
            default -> Optional.empty();
        };
        return spec.map(s -> new RuleDeclaration(s, basis));
    }
}
