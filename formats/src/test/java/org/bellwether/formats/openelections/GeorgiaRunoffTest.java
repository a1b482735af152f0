package org.bellwether.formats.openelections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bellwether.formats.openelections.Tabulation.data;
import static org.bellwether.formats.openelections.Tabulation.read;
import static org.bellwether.formats.openelections.Tabulation.statistic;
import static org.bellwether.formats.openelections.Tabulation.votes;
import static org.bellwether.formats.openelections.Tabulation.votesIn;

import java.nio.file.Path;
import org.bellwether.core.Election;
import org.bellwether.core.StatisticKind;
import org.bellwether.core.UnitLevel;
import org.bellwether.core.VoteType;
import org.junit.jupiter.api.Test;

/** The 20 June 2017 Georgia 6th runoff, by precinct: the case Bellwether is built around. */
class GeorgiaRunoffTest {

    private static final String DIR = "ga06-2017/openelections/20170620__ga__special__general__runoff__";
    private static final Path COBB = data(DIR + "cobb__precinct.csv");
    private static final Path DEKALB = data(DIR + "dekalb__precinct.csv");
    private static final Path FULTON = data(DIR + "fulton__precinct.csv");
    private static final String HOUSE = "U.S. House, District 6";

    @Test
    void precinctRowsOfTheThreeCountiesAddUpToTheCertifiedResult() {
        Election runoff = read(COBB, DEKALB, FULTON);

        assertThat(votes(runoff, HOUSE, "Karen Handel")).isEqualTo(134_799);
        assertThat(votes(runoff, HOUSE, "Jon Ossoff")).isEqualTo(125_517);
        assertThat(runoff.contests()).singleElement().satisfies(c -> assertThat(c.name()).isEqualTo(HOUSE));
        assertThat(runoff.voteTypes()).containsExactly(VoteType.ALL);
    }

    @Test
    void countyTotalRowsAreCheckedAndNeverCounted() {
        Election runoff = read(COBB, DEKALB, FULTON);

        assertThat(votesIn(runoff, "Cobb", HOUSE, "Karen Handel")).isEqualTo(45_688);
        assertThat(votesIn(runoff, "Cobb", HOUSE, "Jon Ossoff")).isEqualTo(33_114);
        assertThat(votesIn(runoff, "DeKalb", HOUSE, "Karen Handel")).isEqualTo(24_117);
        assertThat(votesIn(runoff, "DeKalb", HOUSE, "Jon Ossoff")).isEqualTo(33_928);
        assertThat(votesIn(runoff, "Fulton", HOUSE, "Karen Handel")).isEqualTo(64_994);
        assertThat(votesIn(runoff, "Fulton", HOUSE, "Jon Ossoff")).isEqualTo(58_475);
        assertThat(runoff.notes()).contains(
                "openelections-csv: 20170620__ga__special__general__runoff__cobb__precinct.csv: "
                        + "4 total rows match the sum of 200 precinct rows",
                "openelections-csv: 20170620__ga__special__general__runoff__dekalb__precinct.csv: "
                        + "4 total rows match the sum of 172 precinct rows",
                "openelections-csv: 20170620__ga__special__general__runoff__fulton__precinct.csv: "
                        + "4 total rows match the sum of 460 precinct rows");
    }

    @Test
    void votersOfficeRowsBecomeUnitWideStatistics() {
        Election runoff = read(COBB, DEKALB, FULTON);

        assertThat(statistic(runoff, StatisticKind.REGISTERED_VOTERS)).isEqualTo(447_826);
        assertThat(statistic(runoff, StatisticKind.BALLOTS_CAST)).isEqualTo(260_455);
        assertThat(runoff.statistics()).hasSize(2 * 208)
                .allSatisfy(s -> assertThat(s.contest()).isEqualTo(-1));
        assertThat(runoff.contestIndex("Voters")).isEqualTo(-1);
    }

    @Test
    void unitsAreCountiesAndTheirPrecincts() {
        Election runoff = read(COBB, DEKALB, FULTON);

        assertThat(runoff.units()).hasSize(3 + 50 + 43 + 115);
        assertThat(runoff.units().get(0).id()).isEqualTo("Cobb");
        assertThat(runoff.units().get(1).id()).isEqualTo("Cobb/Addison 01");
        assertThat(runoff.units().get(1).parentId()).contains("Cobb");
        assertThat(runoff.units()).filteredOn(u -> u.level() == UnitLevel.COUNTY)
                .extracting(u -> u.id()).containsExactly("Cobb", "DeKalb", "Fulton");
        assertThat(runoff.units()).noneMatch(u -> u.name().equalsIgnoreCase("total"));
    }
}
