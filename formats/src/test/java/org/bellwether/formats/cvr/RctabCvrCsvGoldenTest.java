package org.bellwether.formats.cvr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bellwether.core.ranked.RankedBallots;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RCTab's normalised cast-vote-record export of its three conversion cases (ES&amp;S xlsx, two NIST CDF JSON files
 * with aliases, a Dominion export of 1,045 ballots with write-ins and overvotes), equal line for line to RCTab's own
 * expected files.
 */
class RctabCvrCsvGoldenTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"conversions_from_ess", "conversions_from_cdf", "conversions_from_dominion"})
    void exportMatchesRctab(String name) throws Exception {
        Path dir = RctabGoldenTest.root().resolve(name);
        RctabConfig config = RctabConfigReader.read(RctabGoldenTest.config(dir));
        RankedBallots ballots = CastVoteRecords.read(config, true);
        List<String> paths = config.sources().stream().map(s -> dir.relativize(s.path()).toString()).toList();
        StringWriter out = new StringWriter();

        RctabCvrCsvWriter.write(config, paths, ballots, out);

        List<String> expected = Files.readAllLines(dir.resolve(name + "_expected.csv"));
        assertThat(out.toString().lines().toList()).containsExactlyElementsOf(expected);
    }

    private static List<String> export(String name) throws Exception {
        Path dir = RctabGoldenTest.root().resolve(name);
        RctabConfig config = RctabConfigReader.read(RctabGoldenTest.config(dir));
        List<String> paths = config.sources().stream().map(s -> dir.relativize(s.path()).toString()).toList();
        StringWriter out = new StringWriter();
        RctabCvrCsvWriter.write(config, paths, CastVoteRecords.read(config, true), out);
        return out.toString().lines().toList();
    }

    @org.junit.jupiter.api.Test
    void otherProvidersBallotsAreNamedAsRctabNamesThem() throws Exception {
        // RCTab has no expected export for these: its readers' ids (a generic CSV's row after the header with the
        // Response ID column as the vendor's, a Hart sheet's CvrGuid, its precinct split's Id as the portion)
        assertThat(export("generic_csv_test").get(1)).isEqualTo("generic_csv_test_cvr.csv,genericCsv,,1,,b1,"
                + "R_3QEQ85E7gV2DuyG,p1,,Cucumber,Broccoli,undervote,undervote,undervote,undervote,undervote,"
                + "undervote,undervote,undervote,undervote,undervote,undervote,undervote,undervote");
        assertThat(export("hart_travis_county_officers")).anySatisfy(line -> assertThat(line).startsWith(
                "../_shared/hart_cvr_archive,hart,e9ca8235-893e-43df-93eb-3cc61eeb133c,"
                + "5bc7ce6c-f498-438e-9930-2e829f066eab,,1,5bc7ce6c-f498-438e-9930-2e829f066eab,10-1,"
                + "654eba4e-e414-4266-a30f-ec541223493d,"));
    }
}
