package org.bellwether.formats.nist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.bellwether.core.Election;
import org.bellwether.core.SharedData;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.Readers;
import org.bellwether.formats.gasos.GeorgiaSosJsonReader;
import org.bellwether.formats.openelections.OpenElectionsCsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * GA-06 2017 written as NIST ERR and read back: both rounds from the Georgia SOS exports (counties by vote type),
 * and the runoff from the OpenElections precinct files.
 */
class NistErrGa06Test {

    private static Election sos(String export) {
        return new Readers(List.of(new GeorgiaSosJsonReader())).read(List.of(SharedData.file("ga06-2017/sos/" + export)),
                ReadOptions.DEFAULT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"export-2017AprSpec.json", "export-2017JunSpecRun.json"})
    void theSosExportsValidateAndReadBackTheSame(String export, @TempDir Path dir) {
        Election e = sos(export);
        String xml = Written.xml(e);
        String json = Written.json(e);

        assertThat(Schemas.xmlProblems(xml)).isEmpty();
        assertThat(Schemas.jsonProblems(json)).isEmpty();
        assertThat(Results.of(Written.readBack(xml, dir, "sos.xml"))).isEqualTo(Results.of(e));
        assertThat(Results.of(Written.readBack(json, dir, "sos.json"))).isEqualTo(Results.of(e));
    }

    @Test
    void theSosRunoffKeepsItsVoteTypesAndTheCertifiedResult(@TempDir Path dir) {
        Election back = Written.readBack(Written.xml(sos("export-2017JunSpecRun.json")), dir, "runoff.xml");

        int house = back.contestIndex("U.S. Representative, District 6");
        assertThat(back.contests().get(house).choices()).extracting(c -> c.name())
                .containsExactly("KAREN HANDEL", "JON OSSOFF");
        assertThat(back.choiceTotals(house)).containsExactly(134_799, 125_517);
        assertThat(back.voteTypes()).extracting(t -> t.category().name()).contains("ELECTION_DAY",
                "ABSENTEE_BY_MAIL", "ADVANCE_IN_PERSON", "PROVISIONAL");
    }

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
