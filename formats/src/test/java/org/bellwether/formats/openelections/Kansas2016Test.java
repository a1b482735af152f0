package org.bellwether.formats.openelections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bellwether.formats.openelections.Tabulation.data;
import static org.bellwether.formats.openelections.Tabulation.read;
import static org.bellwether.formats.openelections.Tabulation.votes;

import org.bellwether.core.Election;
import org.bellwether.core.VoteType;
import org.junit.jupiter.api.Test;

/** Kansas's 2016 general by precinct in the KS-04 counties: a {@code vtd} column and write-ins marked by party. */
class Kansas2016Test {

    private static final Election BARBER =
            read(data("specials-2017/ks04-baseline-2016/20161108__ks__general__barber__precinct.csv"));

    @Test
    void vtdColumnIsNotAVoteType() {
        assertThat(BARBER.voteTypes()).containsExactly(VoteType.ALL);
        assertThat(votes(BARBER, "President", "Trump, Donald J.")).isEqualTo(1_850);
        assertThat(votes(BARBER, "President", "Clinton, Hillary Rodham")).isEqualTo(286);
        assertThat(votes(BARBER, "U.S. House, District 4", "Pompeo, Michael")).isEqualTo(1_456);
        assertThat(BARBER.units()).hasSize(1 + 23);
    }

    @Test
    void writeInsPartyLabelMarksWriteInsAndIsNoParty() {
        assertThat(BARBER.contests().get(BARBER.contestIndex("President")).choices())
                .filteredOn(c -> c.name().equals("Basiago, Andrew D.")).singleElement()
                .satisfies(c -> {
                    assertThat(c.writeIn()).isTrue();
                    assertThat(c.party()).isEmpty();
                });
        assertThat(BARBER.notes()).contains("openelections-csv: 20161108__ks__general__barber__precinct.csv: "
                + "22 choices marked as write-ins by their party label 'Write-ins'");
    }
}
