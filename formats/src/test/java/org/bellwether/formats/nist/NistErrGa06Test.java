package org.bellwether.formats.nist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.bellwether.core.Election;
import org.bellwether.core.SharedData;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.Readers;
import org.bellwether.formats.openelections.OpenElectionsCsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GA-06 2017 runoff, read from the OpenElections precinct files, written as NIST ERR and read back. */
class NistErrGa06Test {

    private static final String DIR = "ga06-2017/openelections/20170620__ga__special__general__runoff__";

    private static Election runoff() {
        List<Path> files = List.of(SharedData.file(DIR + "cobb__precinct.csv"),
                SharedData.file(DIR + "dekalb__precinct.csv"), SharedData.file(DIR + "fulton__precinct.csv"));
        return new Readers(List.of(new OpenElectionsCsvReader())).read(files, ReadOptions.DEFAULT);
    }

    @Test
    void theRunoffByPrecinctValidatesAgainstBothNistSchemas() {
        Election e = runoff();

        assertThat(Schemas.xmlProblems(Written.xml(e))).isEmpty();
        assertThat(Schemas.jsonProblems(Written.json(e))).isEmpty();
    }

    @Test
    void theRunoffReadsBackTheSameWithTheCertifiedResult(@TempDir Path dir) {
        Election e = runoff();

        Election xml = Written.readBack(Written.xml(e), dir, "ga06.xml");
        Election json = Written.readBack(Written.json(e), dir, "ga06.json");

        assertThat(Results.of(xml)).isEqualTo(Results.of(e));
        assertThat(Results.of(json)).isEqualTo(Results.of(e));
        int house = xml.contestIndex("U.S. House, District 6");
        assertThat(xml.contests().get(house).choices()).extracting(c -> c.label())
                .containsExactly("Karen Handel (R)", "Jon Ossoff (D)");
        assertThat(xml.choiceTotals(house)).containsExactly(134_799, 125_517);
        assertThat(xml.units()).hasSize(211);
    }
}
