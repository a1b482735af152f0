package org.bellwether.cli;

import java.util.List;

/** The method of each analysis in sentences, printed with its figures (docs/architecture.md has the detail). */
final class Methods {

    static final String BLOCS = "Votes are summed by bloc: Republican, Democratic, other. A choice's bloc is"
            + " declared by name in the special-election file, else read from its party label, else other.";
    static final String MARGIN = "Margins are Republican minus Democratic, in points: all-party (R - D) / all votes,"
            + " two-party (R - D) / (R + D). Positive favours Republicans, negative Democrats. Counts are exact"
            + " (fractions for split precincts) and rounded once, for display, half to even.";
    static final String BOUNDARY = "A baseline's district is where its House contest was voted on: a precinct"
            + " counts with the share the allocation rule gives it from its House votes per district; a precinct"
            + " with no House vote cannot be placed and is listed. An at-large district takes every unit whole.";

    static final List<String> BASELINE = List.of(BLOCS, MARGIN, BOUNDARY,
            "Published figures (cookIndices.js) are compared as printed there, to one decimal.");
    static final List<String> SWING = List.of(BLOCS, MARGIN, BOUNDARY,
            "Counties are matched by name without 'County'. Precincts are matched by a crosswalk: declared pairs,"
                    + " exact names, normalised names, then fuzzy names above the threshold; every non-exact"
                    + " match and every unmatched place is listed with its votes.");
    static final List<String> SPECIALS = List.of(BLOCS, MARGIN, BOUNDARY,
            "Over-performance = special margin - partisan lean. Lean is relative to the nation, so this is the"
                    + " national environment the special implies.");
    static final List<String> MONEY = List.of("Receipts and disbursements are the FEC's whole-cycle totals"
            + " (weball18.txt, 2017-2018); candidates are tied to FEC ids only through each special's explicit"
            + " table. Dollars per vote = total / the candidate's votes in this contest, to the cent, half to even.");

    private Methods() {
    }
}
