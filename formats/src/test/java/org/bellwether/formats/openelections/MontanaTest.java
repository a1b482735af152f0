package org.bellwether.formats.openelections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bellwether.formats.openelections.Tabulation.data;
import static org.bellwether.formats.openelections.Tabulation.read;
import static org.bellwether.formats.openelections.Tabulation.votes;
import static org.bellwether.formats.openelections.Tabulation.votesIn;

import org.bellwether.core.Contest;
import org.bellwether.core.Election;
import org.bellwether.core.UnitLevel;
import org.junit.jupiter.api.Test;

/** Montana: the 25 May 2017 at-large special by precinct, and the 2016 general by county. */
class MontanaTest {

    private static final Election SPECIAL =
            read(data("specials-2017/mtal/20170525__mt__special__general__precinct.csv"));
    private static final Election GENERAL_2016 =
            read(data("specials-2017/mtal-baseline-2016/20161108__mt__general__county.csv"));

    @Test
    void columnsInAnotherOrderAddUpToTheCertifiedResult() {
        assertThat(votes(SPECIAL, "U.S. House", "GREG GIANFORTE")).isEqualTo(190_520);
        assertThat(votes(SPECIAL, "U.S. House", "ROB QUIST")).isEqualTo(169_214);
        assertThat(votes(SPECIAL, "U.S. House", "MARK L WICKS")).isEqualTo(21_682);
        assertThat(SPECIAL.units()).filteredOn(u -> u.level() == UnitLevel.COUNTY).hasSize(56);
        assertThat(SPECIAL.units()).filteredOn(u -> u.level() == UnitLevel.PRECINCT).hasSize(681);
    }

    @Test
    void localMeasuresMixedIntoTheHouseFileAreSeparateContests() {
        assertThat(SPECIAL.contests()).extracting(Contest::name).containsExactly("U.S. House",
                "911 DISPATCH SPECIAL MILL LEVY", "HAMILTON K-12 SCHOOL DISTRICT NO. 3 BOND ELECTION",
                "RESOLUTION 2017-04 LIBRARY LEVY REQUEST", "HAMILTON K-12 SCHOOL DISTRICT NO. 3 GENERAL FUND LEVY",
                "CEMETERY MILL LEVY", "WEED MILL LEVY");
        assertThat(votes(SPECIAL, "CEMETERY MILL LEVY", "FOR")).isEqualTo(2_659);
        assertThat(votes(SPECIAL, "CEMETERY MILL LEVY", "AGAINST")).isEqualTo(2_045);
    }

    @Test
    void exponentNotationIsReadAsAWholeNumberWithANote() {
        assertThat(votesIn(SPECIAL, "Gallatin", "U.S. House", "ROB QUIST")).isEqualTo(22_902);
        int quist = SPECIAL.contests().get(0).indexOf("ROB QUIST");
        assertThat(SPECIAL.tallies().stream().filter(t -> t.choice() == quist
                && SPECIAL.units().get(t.unit()).id().equals("Gallatin/PCT 66A"))).singleElement()
                .satisfies(t -> assertThat(t.votes()).isEqualTo(1_000));
        assertThat(SPECIAL.notes()).contains("openelections-csv: 20170525__mt__special__general__precinct.csv: "
                + "line 651: votes \"1e3\" read as 1000 (exponent notation)");
    }

    @Test
    void countyFileTotalAndTotalsRowsAreFileTotals() {
        assertThat(votes(GENERAL_2016, "President", "Donald J. Trump")).isEqualTo(279_240);
        assertThat(votes(GENERAL_2016, "U.S. House, District 1", "Ryan Zinke")).isEqualTo(285_358);
        assertThat(GENERAL_2016.units()).hasSize(56).allMatch(u -> u.level() == UnitLevel.COUNTY);
        assertThat(GENERAL_2016.contests()).hasSize(132);
        assertThat(GENERAL_2016.notes()).contains("openelections-csv: 20161108__mt__general__county.csv: "
                + "250 total rows match the sum of 1516 county rows");
    }
}
