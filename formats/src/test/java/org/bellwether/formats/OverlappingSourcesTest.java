package org.bellwether.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.bellwether.core.Election;
import org.bellwether.core.SharedData;
import org.bellwether.formats.gasos.GeorgiaSosJsonReader;
import org.bellwether.formats.openelections.OpenElectionsCsvReader;
import org.junit.jupiter.api.Test;

class OverlappingSourcesTest {

    private static final Path COUNTY_SUMMARY = SharedData.file("specials-2017/ks04/20170411__ks__special__general__county.csv");
    private static final Path BARBER = SharedData.file("specials-2017/ks04/20170411__ks__special__general__barber__precinct.csv");
    private final Readers readers = new Readers(List.of(new GeorgiaSosJsonReader(), new OpenElectionsCsvReader()));

    @Test
    void aCountySummaryReadWithThatCountysPrecinctFileIsRefusedRatherThanCountedTwice() {
        assertThatThrownBy(() -> readers.read(List.of(COUNTY_SUMMARY, BARBER), ReadOptions.DEFAULT))
                .isInstanceOf(InputException.class)
                .hasMessage(BARBER + ": contest 'U.S. House, District 4' is reported for Barber as a whole (in "
                        + COUNTY_SUMMARY + ") and for Aetna inside it (in " + BARBER + "); reading both would count"
                        + " the same votes twice, so read one or the other");
    }

    @Test
    void theCountySummaryAloneAddsUpToItsOwnTotalRows() {
        Election summary = readers.read(List.of(COUNTY_SUMMARY), ReadOptions.DEFAULT);

        long[] totals = summary.choiceTotals(summary.contestIndex("U.S. House, District 4"));
        assertThat(totals).containsExactlyInAnyOrder(56_435, 2_115, 64_044);
    }
}
