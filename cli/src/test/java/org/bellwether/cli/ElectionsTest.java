package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.bellwether.core.Election;
import org.bellwether.core.SameElection;
import org.bellwether.core.SharedData;
import org.bellwether.formats.ReadOptions;
import org.junit.jupiter.api.Test;

/** Paths read once each, at once, give the elections that reading each path alone and then again together gives. */
class ElectionsTest {

    private static final Path APRIL = SharedData.file("ga06-2017/sos/export-2017AprSpec.json");
    private static final Path COBB = SharedData.file(
            "ga06-2017/openelections/20170620__ga__special__general__runoff__cobb__precinct.csv");
    private static final Path FULTON = SharedData.file(
            "ga06-2017/openelections/20170620__ga__special__general__runoff__fulton__precinct.csv");
    private static final Path DEKALB = SharedData.file(
            "ga06-2017/openelections/20170620__ga__special__general__runoff__dekalb__precinct.csv");

    @Test
    void aFileGivenTwiceIsReadInTurnForTheDuplicateMessage() {
        assertThat(Elections.readOnce(List.of(COBB, COBB), ReadOptions.DEFAULT)).isNull();
    }

    @Test
    void aFirstRoundStaysApartAndTheRunoffsCountyFilesAreOneCount() {
        List<Path> paths = List.of(COBB, APRIL, FULTON, DEKALB);
        PrintWriter err = new PrintWriter(new StringWriter());

        List<Election> once = Elections.readOnce(paths, ReadOptions.DEFAULT);
        List<Election> inTurn = Elections.readInTurn(paths, ReadOptions.DEFAULT, err);

        assertThat(once).as("read once, not refused").isNotNull().hasSize(2);
        assertThat(once.get(0).sources()).extracting(s -> Path.of(s.path()).getFileName().toString())
                .containsExactly(COBB.getFileName().toString(), FULTON.getFileName().toString(),
                        DEKALB.getFileName().toString());
        assertThat(once).hasSameSizeAs(inTurn);
        for (int i = 0; i < once.size(); i++) {
            SameElection.assertSameElection(once.get(i), inTurn.get(i));
        }
    }
}
