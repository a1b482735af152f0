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

    /**
     * A contest's units reported of its units (SubUnitsReported of TotalSubUnits) first, then its own total
     * CountStatus, then the report's ResultsStatus; unknown when none says.
     */
    static Reporting reporting(long subUnitsReported, long totalSubUnits, Optional<String> contestTotal,
            Optional<String> resultsStatus) {
        if (subUnitsReported >= 0 && totalSubUnits >= 0) {
            return Reporting.of(subUnitsReported, totalSubUnits, "units",
                    "the file's SubUnitsReported of TotalSubUnits");
        }
        return reporting(contestTotal, resultsStatus);
    }

    /** A contest's own total CountStatus first, then the report's ResultsStatus; unknown when neither says. */
    static Reporting reporting(Optional<String> contestTotal, Optional<String> resultsStatus) {
        if (contestTotal.isPresent()) {
            String s = contestTotal.get();
            return switch (s) {
                case "completed" -> stated(Reporting.Completeness.COMPLETE, "CountStatus", s);
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
     * The VoteVariation (and NumberElected, when it says more than the variation) that writes a declared rule, or
     * empty for a rule NIST ERR has no variation for.
     */
    static Optional<String[]> variation(String spec) {
        if (spec.equals("majority")) {
            return Optional.of(new String[] {"majority"});
        }
        if (spec.equals("instant-runoff")) {
            return Optional.of(new String[] {"rcv"});
        }
        if (spec.startsWith("stv=")) {
            return Optional.of(new String[] {"rcv", spec.substring(4)});
        }
        if (spec.startsWith("vote-for=")) {
            String n = spec.substring("vote-for=".length());
            return Optional.of(n.equals("1") ? new String[] {"plurality"} : new String[] {"n-of-m", n});
        }
        return Optional.empty();
    }

    /** The report's ResultsStatus: certified, else complete only when every contest is known to be complete. */
    static String resultsStatus(Certification certification, java.util.List<Reporting> reporting) {
        if (certification == Certification.CERTIFIED) {
            return "certified";
        }
        return reporting.stream().allMatch(Reporting::complete) ? "unofficial-complete" : "unofficial-partial";
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
