package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.core.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every contest counted under its own law, on the real files, with no --rule: what a new user now sees. */
class OwnLawTest {

    static final String APRIL = SharedData.file("ga06-2017/sos/export-2017AprSpec.json").toString();
    static final String JUNE = SharedData.file("ga06-2017/sos/export-2017JunSpecRun.json").toString();
    static final Path CLARITY = SharedData.file("ga06-2017/clarity/special_Cobb.xml").getParent();
    static final String OPENELECTIONS = SharedData.file("ga06-2017/openelections/"
            + "20170620__ga__special__general__runoff__cobb__precinct.csv").getParent().toString();

    @TempDir
    Path dir;

    @Test
    void theAprilExportSaysRunoffRequiredForBothContestsCitingTheStatute() {
        CommandRun run = CommandRun.of("tabulate", APRIL);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).doesNotContain("is elected")
                .contains("Outcome: RUNOFF REQUIRED (complete, unofficial). No candidate received a majority (96,285"
                        + " of 192,569 votes cast); JON OSSOFF and KAREN HANDEL advance to a runoff.")
                .contains("Outcome: RUNOFF REQUIRED (complete, unofficial). No candidate received a majority (29,318"
                        + " of 58,635 votes cast); CHRISTINE TRIEBSCH and KAY KIRKPATRICK advance to a runoff.")
                .contains("Rule from: Bellwether's rulebook (us-rulebook.csv), entry GA * * (O.C.G.A. § 21-2-501(a)(1))")
                .contains("Reporting: 3 of 3 counties reporting, complete");
    }

    @Test
    void theRunoffExportElectsHandelUnofficiallyAndCertifiedOnlyWhenTheImportSaysSo() {
        String db = dir.resolve("r.db").toString();
        String plain = CommandRun.of("tabulate", JUNE).out();
        CommandRun.of("import", JUNE, "--db", db);
        CommandRun.of("import", JUNE, "--certified", "--db", db);
        String stored = CommandRun.of("tabulate", "--as-of", "2", "--db", db).out();

        assertThat(plain).contains("Outcome: ELECTED (complete, unofficial). KAREN HANDEL is elected.")
                .contains("entry GA runoff * (O.C.G.A. § 21-2-501(a)(3))");
        assertThat(stored).contains("Outcome: ELECTED (certified). KAREN HANDEL is elected.")
                .contains("declared certified on import (--certified)");
    }

    @Test
    void aPartialClarityCountLeadsAndNeverElectsWithPrecinctsReportingAsJsonFields() throws IOException {
        // Cobb's election-night file as it might have stood early: 3 of its 50 precincts in, the rest at zero
        String cobb = Files.readString(CLARITY.resolve("special_Cobb.xml"), StandardCharsets.UTF_8);
        String partial = cobb.replaceFirst("precinctsReported=\"50\"", "precinctsReported=\"3\"");
        assertThat(partial).isNotEqualTo(cobb);
        Path file = Files.writeString(dir.resolve("special_Cobb.xml"), partial, StandardCharsets.UTF_8);

        CommandRun text = CommandRun.of("tabulate", file.toString(), "--state", "GA");
        CommandRun json = CommandRun.of("tabulate", file.toString(), "--state", "GA", "--format", "json");

        assertThat(text.out()).contains("Outcome: LEADING (partial count). KAREN HANDEL leads.")
                .contains("Reporting: 3 of 50 precincts reporting (the file's precinctsReported of precinctsReporting)")
                .doesNotContain("elected.");
        assertThat(json.out()).contains("\"status\" : \"leading\"", "\"decides\" : false",
                "\"completeness\" : \"partial\"", "\"unitsReporting\" : 3", "\"unitsExpected\" : 50")
                .containsPattern("\"elected\" : \\[ \\]");
    }

    @Test
    void theElectionNightClarityFilesOfAllThreeCountiesAreCompleteAndElectUnderGeorgiaLaw() {
        String out = CommandRun.of("tabulate", CLARITY.toString(), "--state", "GA").out();

        assertThat(out).contains("Reporting: 208 of 208 precincts reporting, complete")
                .contains("Outcome: ELECTED (complete, unofficial). KAREN HANDEL is elected.");
    }

    @Test
    void aClarityCountyFileNamesNoStateSoItsRuleIsOnlyAssumed() {
        String out = CommandRun.of("tabulate", CLARITY.toString()).out();

        assertThat(out).contains("Rule from: no rule known for this contest (the files name no state; give --state):"
                + " plurality assumed; give --rule").contains("Outcome: LEADING (no rule known for this contest).");
    }

    @Test
    void openElectionsFilesGiveTheirElectionsDateStateAndKindFromTheirNames() {
        String db = dir.resolve("oe.db").toString();
        CommandRun imported = CommandRun.of("import", OPENELECTIONS, "--db", db);
        String out = CommandRun.of("tabulate", OPENELECTIONS).out();

        assertThat(imported.out()).startsWith("Stored version 1 of 2017-06-20-ga-special-general-runoff in ");
        assertThat(out).contains("Election: GA special general runoff (2017-06-20)")
                .contains("State: GA; runoff election")
                .contains("Outcome: ELECTED (complete, unofficial). Karen Handel is elected.");
    }

    @Test
    void montanaAndKansasSpecialsArePluralityUnderTheirStatutes() {
        String mt = CommandRun.of("tabulate", SharedData.root().resolve("specials-2017/mtal").toString(), "--contest",
                "U.S. House").out();
        String ks = CommandRun.of("tabulate", SharedData.file("specials-2017/ks04/"
                + "20170411__ks__special__general__county.csv").toString()).out();

        assertThat(mt).contains("entry MT * * (MCA 13-1-103)").contains("GREG GIANFORTE is elected.");
        assertThat(ks).contains("entry KS * * (K.S.A. 25-3208); unconfirmed:").contains("Ron Estes is elected.");
    }

    @Test
    void aCaliforniaPrimaryForTheHouseSendsTheTopTwoOnWhateverTheirParty() throws IOException {
        Path file = Files.writeString(dir.resolve("20180605__ca__primary__los_angeles__precinct.csv"), """
                county,precinct,office,district,party,candidate,votes
                Los Angeles,P1,U.S. House,34,DEM,Jimmy Gomez,500
                Los Angeles,P1,U.S. House,34,DEM,Kenneth Mejia,300
                Los Angeles,P1,U.S. House,34,REP,Angela McArdle,200
                Los Angeles,P2,U.S. House,34,DEM,Jimmy Gomez,400
                Los Angeles,P2,U.S. House,34,DEM,Kenneth Mejia,350
                Los Angeles,P2,U.S. House,34,REP,Angela McArdle,250
                """, StandardCharsets.UTF_8);

        String out = CommandRun.of("tabulate", file.toString()).out();

        assertThat(out).contains("entry CA primary us-house (Cal. Const. art. II § 5(a); Cal. Elec. Code § 8141.5)")
                .contains("Outcome: ADVANCE TO GENERAL (complete, unofficial). Jimmy Gomez and Kenneth Mejia"
                        + " advance to the general election.");
    }

    @Test
    void aJurisdictionTheRulebookDoesNotKnowPrintsTheAssumption() throws IOException {
        Path file = Files.writeString(dir.resolve("20171107__nj__general__precinct.csv"), """
                county,precinct,office,district,party,candidate,votes
                Essex,P1,Mayor,,,Ann Lee,500
                Essex,P1,Mayor,,,Bob Roe,300
                """, StandardCharsets.UTF_8);

        String out = CommandRun.of("tabulate", file.toString()).out();

        assertThat(out).contains("Rule from: no rule known for this contest (no entry in Bellwether's rulebook"
                + " (us-rulebook.csv) for NJ general local): plurality assumed; give --rule")
                .contains("Outcome: LEADING (no rule known for this contest). Ann Lee leads.");
    }

    @Test
    void aRankedChoiceContestCountedFromTotalsSaysItNeedsBallots() throws IOException {
        Path file = Files.writeString(dir.resolve("20180612__me__primary__precinct.csv"), """
                county,precinct,office,district,party,candidate,votes
                Cumberland,P1,U.S. House,2,DEM,Jared Golden,500
                Cumberland,P1,U.S. House,2,DEM,Lucas St. Clair,400
                """, StandardCharsets.UTF_8);

        CommandRun run = CommandRun.of("tabulate", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("instant runoff is counted from ranked ballots (cast-vote records); a"
                + " totals-only file cannot decide it").contains("entry ME primary * (21-A M.R.S. § 723-A)");
    }

    @Test
    void aFirstRoundAndItsRunoffGivenTogetherAreLinked() {
        String out = CommandRun.of("tabulate", APRIL, JUNE, "--contest", "District 6").out();

        assertThat(out).contains("Election 1: April 18, 2017 - Special Election", "Election 2: June 20, 2017 - Special"
                + " Runoff", "Runoff and first round: U.S. Representative, District 6",
                "The runoff's choices are exactly the 2 who advanced.")
                .doesNotContain("State Senator, District 32");
    }

    @Test
    void theContestOptionLeavesOutTheOtherContestsNotes() {
        String cobb = SharedData.file("ga-baseline/2016-clarity/general_Cobb.xml").toString();
        String out = CommandRun.of("tabulate", cobb, "--contest", "President").out();
        String all = CommandRun.of("tabulate", cobb).out();

        assertThat(all.substring(all.indexOf("  Notes:"))).contains("SOIL & WATER");
        assertThat(out.substring(out.indexOf("  Notes:"))).doesNotContain("SOIL & WATER")
                .contains("snapshot of 11/15/2016 10:15:40 AM EST");
    }

    @Test
    void statisticsThatMakeNoSenseAreNotedWithTheirNumbersAndDoNotBlockTheVotes() {
        // Cobb's 2016 file gives no voteFor (read as vote-for-1); its soil and water contest elects several, so its
        // votes exceed the ballots cast in most precincts: the check says so, and the count goes on
        CommandRun run = CommandRun.of("tabulate", SharedData.file("ga-baseline/2016-clarity/general_Cobb.xml")
                .toString(), "--contest", "SOIL & WATER");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("- statistics: Cobb County/Acworth 1A, SOIL & WATER: 3356 votes in a vote-for-1"
                + " contest but 3309 ballots cast").contains("- statistics: 77 more findings like these");
    }

    @Test
    void aMajorityRuleGivenOnTheCommandLineSaysItWasGiven() {
        String out = CommandRun.of("tabulate", APRIL, "--contest", "District 6", "--rule", "majority=2/3").out();

        assertThat(out).contains("Rule: more than 2/3 of votes cast, else the top 2 advance to a runoff (given with"
                + " --rule majority=2/3)").contains("Rule from: given: --rule majority=2/3");
    }
}
