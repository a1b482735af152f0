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
    static final String CYCLE_SOURCE = "The cycle's specials are FiveThirtyEight's table (CC BY 4.0): every"
            + " state and federal contest pitting a Democrat against a Republican from 20 January 2017 to 27 March"
            + " 2018, with the Democratic margin's improvement over the district's partisan lean (0.75 x 2016 + 0.25"
            + " x 2012 presidential margin relative to the nation), printed in whole points. Each row is one contest.";
    static final List<String> CYCLE = List.of(CYCLE_SOURCE, "Ranks count from the Democratic end; equal figures"
            + " share a rank. Bellwether's own over-performances are computed from precinct results and compared"
            + " with the table's, against both the table's lean formula and the shared 2018 lean file.");
    static final List<String> HOUSE = List.of(CYCLE_SOURCE, "The national environment is the average"
            + " over-performance of the specials held by the cut-off, times the slope, with an sd that adds the"
            + " specials' spread and the specials-to-general error; each simulated House draws it from a normal"
            + " distribution, then each district's own deviation.", MARGIN);
    static final List<String> REPORT = List.of(BLOCS, MARGIN, BOUNDARY, CYCLE_SOURCE, HOUSE.get(1));
    static final List<String> MONEY = List.of("Receipts and disbursements are the FEC's whole-cycle totals"
            + " (weball18.txt, 2017-2018); candidates are tied to FEC ids only through each special's explicit"
            + " table. Dollars per vote = total / the candidate's votes in this contest, to the cent, half to even.");

    static final List<String> FLOWS = List.of(BLOCS,
            "Units: the county-by-vote-type cells both rounds report (round 1 exists at no finer level).",
            "Bounds (Duncan and Davis): per county, a flow's fewest and most people over every table with the"
                    + " county's totals in both rounds (Frechet bounds), summed over counties. They are sharp: the"
                    + " counts alone allow exactly this range.",
            "Identified by the totals alone: the runoff's rise in votes is a floor on new voters, and a"
                    + " candidate's runoff votes above his round-1 bloc came from outside that bloc.",
            "Regression (Goodman): one rate per bloc pair over all units, unconstrained (OLS, Hipparchus) and"
                    + " bounded to [0, 3] (ADMM quadratic programme, Hipparchus), with a seeded bootstrap of units;"
                    + " with a dozen units whose vote types hold different voters in each round, it cannot"
                    + " identify individual flows, and its results must not be read as such.");

    private Methods() {
    }
}
