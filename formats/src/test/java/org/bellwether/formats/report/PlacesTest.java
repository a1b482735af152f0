package org.bellwether.formats.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.bellwether.core.Breakdown;
import org.bellwether.core.Contest;
import org.bellwether.core.Election;
import org.bellwether.core.SharedData;
import org.bellwether.core.UnitLevel;
import org.bellwether.core.rule.Outcome;
import org.bellwether.core.rule.Plurality;
import org.bellwether.core.rule.Tabulator;
import org.bellwether.core.rule.TieBreak;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.Readers;
import org.junit.jupiter.api.Test;

class PlacesTest {

    private static Election read(String relative) {
        return Readers.standard().read(List.of(SharedData.file(relative)), ReadOptions.DEFAULT);
    }

    @Test
    void theSosExportsStateUnitGivesTheStateAndItsCountiesTheirCodes() {
        Places places = Places.of(read("ga06-2017/sos/export-2017JunSpecRun.json"));

        assertThat(places.stateFips()).hasValue("13");
        assertThat(places.byId("Georgia").orElseThrow().fips()).hasValue("13");
        Places.Place fulton = places.byId("Fulton County").orElseThrow();
        assertThat(fulton.level()).isEqualTo(UnitLevel.COUNTY);
        assertThat(fulton.fips()).hasValue("13121");
        assertThat(fulton.county()).hasValue("Fulton County");
    }

    @Test
    void anOpenElectionsFileGetsItsStateFromTheProjectsFileNameConvention() {
        Places places = Places.of(read("specials-2017/ks04/20170411__ks__special__general__barber__precinct.csv"));

        assertThat(places.stateFips()).hasValue("20");
        assertThat(places.countyFips("Barber")).hasValue("20007");
    }

    @Test
    void aPrecinctNamesItsCountyAndCarriesTheCountysCodeButNoneOfItsOwn() {
        Path cobb = Path.of("ga06-2017/openelections/20170620__ga__special__general__runoff__cobb__precinct.csv");
        Places places = Places.of(read(cobb.toString()));

        Places.Place addison = places.byId("Cobb/Addison 01").orElseThrow();
        assertThat(addison.level()).isEqualTo(UnitLevel.PRECINCT);
        assertThat(addison.county()).hasValue("Cobb");
        assertThat(addison.countyId()).hasValue("Cobb");
        assertThat(addison.countyFips()).hasValue("13067");
        assertThat(addison.fips()).isEmpty();
    }

    @Test
    void aReportLooksUpPlacesOnlyWhenAContestHasABreakdown() {
        Election e = read("ga06-2017/openelections/20170620__ga__special__general__runoff__cobb__precinct.csv");
        Contest contest = e.contests().get(0);
        Outcome outcome = Tabulator.tabulate(contest, e.tallies().choiceTotals(0, contest.choices().size()),
                new Plurality(1), TieBreak.BY_LAW);
        ContestReport plain = new ContestReport(outcome, List.of());
        ContestReport byCounty = new ContestReport(outcome, List.of(Breakdown.byLevel(e, 0, UnitLevel.COUNTY)));

        assertThat(Places.forBreakdowns(e, List.of(plain)).byId("Cobb/Addison 01")).isEmpty();
        assertThat(Places.forBreakdowns(e, List.of(plain, byCounty)).byId("Cobb/Addison 01"))
                .isEqualTo(Places.of(e).byId("Cobb/Addison 01")).isPresent();
    }
}
