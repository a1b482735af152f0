package org.bellwether.formats.gasos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bellwether.formats.gasos.SmallExport.read;
import static org.bellwether.formats.gasos.SmallExport.replacing;
import static org.bellwether.formats.gasos.SmallExport.write;
import static org.bellwether.formats.gasos.Tallies.votes;

import java.nio.file.Path;
import java.util.Optional;
import org.bellwether.core.Election;
import org.bellwether.core.ReportingUnit;
import org.bellwether.core.UnitLevel;
import org.bellwether.formats.InputException;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.TotalsPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Totals are checked against their parts, never stored twice; a difference follows the totals policy. */
class GeorgiaSosJsonReaderTotalsTest {

    static final String HOUSE = "U.S. Representative, District 6";
    static final ReadOptions REPORT = ReadOptions.DEFAULT.withTotals(TotalsPolicy.REPORT);
    static final String NOTE = "georgia-sos-json: export.json: ";
    /** The state block's figure for HANDEL on election day, one vote over the counties' 1203 + 814. */
    static final String STATE_HANDEL_OVER = replacing(replacing("\"voteCount\":2017", "\"voteCount\":2018"),
            "\"voteCount\":2415", "\"voteCount\":2416");
    static final String STATE_DIFFERS = "$.results.ballotItems[0].ballotOptions[0].groupResults[0].voteCount: "
            + "state-level votes 2018 for \"KAREN HANDEL\" in \"U.S. Representative, District 6\", vote type "
            + "\"Election Day\" differ from the sum of the counties, 2017";
    /** Cobb's voteCount for HANDEL, one over its groups 1203 + 251. */
    static final String COBB_HANDEL_OVER = replacing("\"voteCount\":1454", "\"voteCount\":1455");
    static final String REPORT_HINT = " (--totals report would note this and keep the parts)";
    static final String GROUPS_DIFFER = "$.localResults[0].ballotItems[0].ballotOptions[0].voteCount: "
            + "voteCount 1455 differs from the sum of its groupResults, 1454";

    @TempDir
    Path dir;

    @Test
    void rejectsAStateFigureThatDiffersFromTheSumOfTheCounties() {
        Path file = write(dir, STATE_HANDEL_OVER);

        assertThatThrownBy(() -> read(file, ReadOptions.DEFAULT)).isInstanceOf(InputException.class)
                .hasMessage(file + ": " + STATE_DIFFERS + REPORT_HINT);
    }

    @Test
    void rejectsAStateFigureBelowTheSumOfTheCounties() {
        Path file = write(dir, replacing(replacing("\"voteCount\":2017", "\"voteCount\":2016"),
                "\"voteCount\":2415", "\"voteCount\":2414"));

        assertThatThrownBy(() -> read(file, ReadOptions.DEFAULT)).isInstanceOf(InputException.class)
                .hasMessage(file + ": " + STATE_DIFFERS.replace("votes 2018", "votes 2016") + REPORT_HINT);
    }

    @Test
    void rejectsAVoteCountBelowTheSumOfItsGroups() {
        Path file = write(dir, replacing("\"voteCount\":1454", "\"voteCount\":1453"));

        assertThatThrownBy(() -> read(file, ReadOptions.DEFAULT)).isInstanceOf(InputException.class)
                .hasMessage(file + ": " + GROUPS_DIFFER.replace("voteCount 1455", "voteCount 1453") + REPORT_HINT);
    }

    @Test
    void rejectsACountyFigureBelowTheSumOfItsPrecincts() {
        Path file = write(dir, PRECINCTS.replace("18", "19"));

        assertThatThrownBy(() -> read(file, ReadOptions.DEFAULT)).isInstanceOf(InputException.class)
                .hasMessage(file + ": $.localResults[0].ballotItems[0].ballotOptions[0].groupResults[0].voteCount: "
                        + "county-level votes 30 for \"ANN\" in \"Mayor\", vote type \"Election Day\" differ from "
                        + "the sum of the precincts, 31" + REPORT_HINT);
    }

    @Test
    void reportsAStateFigureThatDiffersAndKeepsTheCountyVotes() {
        Election election = read(write(dir, STATE_HANDEL_OVER), REPORT);

        assertThat(election.notes()).containsExactly(NOTE + STATE_DIFFERS, NOTE + "2 county blocks; "
                + "6 voteCounts match the sum of their groupResults; state-level totals of 1 contest checked "
                + "against the sum of counties: 1 differs (noted above)");
        assertThat(votes(election, HOUSE, "KAREN HANDEL", null, "Election Day")).isEqualTo(2017);
    }

    @Test
    void rejectsAVoteCountThatDiffersFromTheSumOfItsGroups() {
        Path file = write(dir, COBB_HANDEL_OVER);

        assertThatThrownBy(() -> read(file, ReadOptions.DEFAULT)).isInstanceOf(InputException.class)
                .hasMessage(file + ": " + GROUPS_DIFFER + REPORT_HINT);
    }

    @Test
    void reportsAVoteCountThatDiffersAndKeepsTheGroups() {
        Election election = read(write(dir, COBB_HANDEL_OVER), REPORT);

        assertThat(election.notes()).containsExactly(NOTE + GROUPS_DIFFER, NOTE + "2 county blocks; "
                + "6 voteCounts checked against the sum of their groupResults: 1 differs (noted above); "
                + "state-level totals of 1 contest match the sum of counties");
        assertThat(votes(election, HOUSE, "KAREN HANDEL", "Cobb County", null)).isEqualTo(1454);
    }

    @Test
    void rejectsACountyChoiceTheStateBlockDoesNotHave() {
        Path file = write(dir, replacing("\"voteCount\":377}]}]}]},", "\"voteCount\":377}]},"
                + "{\"name\":\"Write-in\",\"voteCount\":5,\"groupResults\":null}]}]},"));

        assertThatThrownBy(() -> read(file, ReadOptions.DEFAULT)).isInstanceOf(InputException.class)
                .hasMessage(file + ": $.localResults[0].ballotItems[0].ballotOptions[2].voteCount: the counties give "
                        + "5 votes for \"Write-in\" in \"U.S. Representative, District 6\", vote type \"all\" but "
                        + "there is no state-level figure" + REPORT_HINT);
    }

    @Test
    void rejectsTheSameOptionTwiceInACounty() {
        String handel = option("{\"id\":\"1\",\"name\":\"KAREN HANDEL (REP)\",\"politicalParty\":\"REP\","
                + "\"voteCount\":1454");
        String ossoff = option("{\"id\":\"2\",\"name\":\"JON OSSOFF (DEM)\",\"politicalParty\":\"DEM\","
                + "\"voteCount\":1279");
        Path file = write(dir, replacing(ossoff, handel));

        assertThatThrownBy(() -> read(file, ReadOptions.DEFAULT)).isInstanceOf(InputException.class)
                .hasMessage(file + ": $.localResults[0].ballotItems[0].ballotOptions[1].groupResults[0].voteCount: "
                        + "duplicate: \"KAREN HANDEL\" in \"U.S. Representative, District 6\", vote type "
                        + "\"Election Day\" appears twice for \"Cobb County\"");
    }

    /** The whole ballot option of the small export that starts with {@code start}. */
    private static String option(String start) {
        int at = SmallExport.JSON.indexOf(start);
        return SmallExport.JSON.substring(at, SmallExport.JSON.indexOf("]}", at) + 2);
    }

    @Test
    void rejectsTheSameVoteTypeTwiceInTheStateBlock() {
        Path file = write(dir, replacing("{\"groupName\":\"Absentee by Mail\",\"voteCount\":398}",
                "{\"groupName\":\"Election Day\",\"voteCount\":398}"));

        assertThatThrownBy(() -> read(file, ReadOptions.DEFAULT)).isInstanceOf(InputException.class)
                .hasMessage(file + ": $.results.ballotItems[0].ballotOptions[0].groupResults[1].voteCount: "
                        + "duplicate: \"KAREN HANDEL\" in \"U.S. Representative, District 6\", vote type "
                        + "\"Election Day\" appears twice for \"Georgia\"");
    }

    @Test
    void storesStateFiguresWhenThereAreNoCountyBlocks() {
        String json = SmallExport.JSON.substring(0, SmallExport.JSON.indexOf(",\n \"localResults\"")) + "}";

        Election election = read(write(dir, json), ReadOptions.DEFAULT);

        assertThat(votes(election, HOUSE, "KAREN HANDEL", "Georgia", "Absentee by Mail")).isEqualTo(398);
        assertThat(election.tallies().size()).isEqualTo(4);
        assertThat(election.notes()).containsExactly(NOTE + "no county blocks: state-level figures stored as "
                + "tallies; 2 voteCounts match the sum of their groupResults");
    }

    @Test
    void storesAnOptionWithoutGroupsAsAllVotes() {
        String json = """
                {"electionName":"Test General","results":{"name":"Georgia","ballotItems":[{"name":"Question 1",
                 "voteFor":1,"ballotOptions":[{"name":"YES","voteCount":30,"groupResults":[]}]}]},
                 "localResults":[{"name":"Cobb County","ballotItems":[{"name":"Question 1","voteFor":1,
                 "ballotOptions":[{"name":"YES","voteCount":30,"groupResults":null}]}]}]}
                """;

        Election election = read(write(dir, json), ReadOptions.DEFAULT);

        assertThat(votes(election, "Question 1", "YES", "Cobb County", "all")).isEqualTo(30);
        assertThat(election.notes()).containsExactly(NOTE + "1 county block; "
                + "state-level totals of 1 contest match the sum of counties");
    }

    @Test
    void leavesAContestOnlyCountiesHaveUncheckedAndSaysSo() {
        Path file = write(dir, replacing("\"name\":\"Cobb County\",\"ballotItems\":[", "\"name\":\"Cobb County\","
                + "\"ballotItems\":[{\"name\":\"Cobb Commission\",\"voteFor\":1,\"ballotOptions\":[{\"name\":\"BO\","
                + "\"voteCount\":7,\"groupResults\":null}]},"));

        Election election = read(file, ReadOptions.DEFAULT);

        assertThat(votes(election, "Cobb Commission", "BO", "Cobb County", "all")).isEqualTo(7);
        assertThat(election.notes()).containsExactly(NOTE + "2 county blocks; 1 contest only in county blocks, "
                + "with no state-level total; 6 voteCounts match the sum of their groupResults; state-level totals "
                + "of 1 contest match the sum of counties");
    }

    static final String PRECINCTS = """
            {"electionName":"Test General","results":{"name":"Georgia","ballotItems":[{"name":"Mayor","voteFor":1,
             "ballotOptions":[{"name":"ANN","voteCount":30,
              "groupResults":[{"groupName":"Election Day","voteCount":30}]}]}]},
             "localResults":[{"name":"Cobb County","ballotItems":[{"name":"Mayor","voteFor":1,"ballotOptions":[
              {"name":"ANN","voteCount":30,"groupResults":[{"groupName":"Election Day","voteCount":30}],
               "precinctResults":[
                {"name":"Addison 01","isVirtual":false,"voteCount":12,
                 "groupResults":[{"groupName":"Election Day","voteCount":12}]},
                {"name":"Addison 02","isVirtual":false,"voteCount":18,
                 "groupResults":[{"groupName":"Election Day","voteCount":18}]}]}]}]}]}
            """;

    @Test
    void storesPrecinctResultsAndChecksTheCountyAgainstThem() {
        Optional<String> cobb = Optional.of("Cobb County");
        Election election = read(write(dir, PRECINCTS), ReadOptions.DEFAULT);

        assertThat(election.units()).containsExactly(
                new ReportingUnit("Georgia", "Georgia", UnitLevel.STATE, Optional.empty()),
                new ReportingUnit("Cobb County", "Cobb County", UnitLevel.COUNTY, Optional.of("Georgia")),
                new ReportingUnit("Cobb County/Addison 01", "Addison 01", UnitLevel.PRECINCT, cobb),
                new ReportingUnit("Cobb County/Addison 02", "Addison 02", UnitLevel.PRECINCT, cobb));
        assertThat(election.tallies().size()).isEqualTo(2);
        assertThat(votes(election, "Mayor", "ANN", "Cobb County/Addison 02", "Election Day")).isEqualTo(18);
        assertThat(election.notes()).containsExactly(NOTE + "1 county block; 4 voteCounts match the sum of their "
                + "groupResults; county-level votes of 1 ballot option match the sum of their precinctResults; "
                + "state-level totals of 1 contest match the sum of counties");
    }

    @Test
    void rejectsACountyFigureThatDiffersFromTheSumOfItsPrecincts() {
        Path file = write(dir, PRECINCTS.replace("18", "17"));

        assertThatThrownBy(() -> read(file, ReadOptions.DEFAULT)).isInstanceOf(InputException.class)
                .hasMessage(file + ": $.localResults[0].ballotItems[0].ballotOptions[0].groupResults[0].voteCount: "
                        + "county-level votes 30 for \"ANN\" in \"Mayor\", vote type \"Election Day\" differ from "
                        + "the sum of the precincts, 29" + REPORT_HINT);
    }
}
