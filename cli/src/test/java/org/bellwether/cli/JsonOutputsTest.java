package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.bellwether.core.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command's JSON output is valid against its schema in docs/schemas and carries ids programs can join on. */
class JsonOutputsTest {

    private static final String RUNOFF_SOS = SharedData.file("ga06-2017/sos/export-2017JunSpecRun.json").toString();
    private static final String RUNOFF_OE = SharedData.file(
            "ga06-2017/openelections/20170620__ga__special__general__runoff__cobb__precinct.csv").getParent().toString();
    private static final String NIGHT = SharedData.file("ga06-2017/clarity/special_Cobb.xml").getParent().toString();

    @TempDir
    Path dir;

    private static String valid(String schema, String... args) {
        CommandRun run = CommandRun.of(args);
        assertThat(run.exitCode()).as(run.err()).isIn(ExitCodes.OK, ExitCodes.DIFFERENCES);
        assertThat(OutputSchemas.problems(schema, run.out())).as(run.out()).isEmpty();
        assertThat(run.out()).contains("\"schema\" : \"" + schema + "\"");
        return run.out();
    }

    @Test
    void theSchemaFolderHasOneSchemaPerOutputKind() throws IOException {
        try (Stream<Path> files = Files.list(OutputSchemas.DIR)) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly("analysis.schema.json",
                    "declarations.schema.json", "diff.schema.json", "import.schema.json", "inspect.schema.json",
                    "ranked.schema.json",
                    "reconcile.schema.json", "report.schema.json", "versions.schema.json");
        }
    }

    @Test
    void tabulateByPrecinctNamesEachPrecinctsCountyAndItsFipsCode() {
        String json = valid("report.schema.json", "tabulate", RUNOFF_OE, "--by", "county", "--by", "precinct",
                "--format", "json");

        assertThat(json).containsPattern("\"key\" : \"Cobb/Addison 01\",\\s+\"unit\" : \"Addison 01\",\\s+"
                + "\"level\" : \"precinct\",\\s+\"county\" : \"Cobb\",\\s+\"countyId\" : \"Cobb\",\\s+"
                + "\"fips\" : null,\\s+\"countyFips\" : \"13067\"")
                .containsPattern("\"key\" : \"Fulton\",\\s+\"unit\" : \"Fulton\",\\s+\"level\" : \"county\",\\s+"
                        + "\"county\" : \"Fulton\",\\s+\"countyId\" : \"Fulton\",\\s+\"fips\" : \"13121\"");
    }

    @Test
    void tabulateByVoteTypeKeysEachRowByItsCategory() {
        String json = valid("report.schema.json", "tabulate", RUNOFF_SOS, "--by", "vote-type", "--format", "json");

        assertThat(json).containsPattern("\"key\" : \"absentee_by_mail\",\\s+\"unit\" : \"Absentee by mail\"");
    }

    private static final String RCTAB = "../formats/src/test/resources/org/bellwether/formats/cvr/rctab/";

    @Test
    void aRankedCountWritesEveryRoundOfMinneapolisParkBoardsStv() {
        String json = valid("ranked.schema.json", "tabulate",
                RCTAB + "2013_minneapolis_park/2013_minneapolis_park_config.json", "--format", "json");

        assertThat(json).contains("\"storedVersion\" : null").containsPattern("\"round\" : 1,\\s+\"threshold\" : 14866,")
                .containsPattern("\"to\" : \"residual surplus\",\\s+\"votes\" : 0.4808")
                .containsPattern("\"elected\" : \\[\\s+\"JOHN ERWIN\",\\s+\"ANNIE YOUNG\",\\s+\"MEG FORNEY\"\\s+]");
    }

    @Test
    void aRankedCountOfRecordsGivenWithoutAConfigurationIsValidAndNamesTheOptionsAsItsConfiguration() {
        String json = valid("ranked.schema.json", "tabulate", RCTAB + "_shared/2013_minneapolis_park_cvr.xlsx",
                "--rule", "stv", "--seats", "3", "--overvote-rule", "alwaysSkipToNextRank", "--max-skipped-ranks", "2",
                "--tiebreak-mode", "random", "--random-seed", "0", "--format", "json");

        assertThat(json).contains("\"(the command line's options)\"").containsPattern("\"round\" : 1,\\s+\"threshold\""
                + " : 14866,").containsPattern("\"elected\" : \\[\\s+\"JOHN ERWIN\",\\s+\"ANNIE YOUNG\",\\s+\"MEG FORNEY\"");
    }

    @Test
    void aSequentialCountWritesOnePassPerSeatAndAStoredCountNamesItsVersion() {
        String json = valid("ranked.schema.json", "tabulate", RCTAB
                + "2013_minneapolis_park_sequential/2013_minneapolis_park_sequential_config.json", "--format", "json");
        assertThat(json).contains("\"pass\" : 3,").doesNotContain("\"pass\" : 4,");

        String db = dir.resolve("cvr.db").toString();
        String imported = valid("import.schema.json", "import", RCTAB + "2015_portland_mayor/2015_portland_mayor_config.json",
                "--db", db, "--format", "json");
        assertThat(imported).contains("\"ballots\" : 99,");
        valid("versions.schema.json", "versions", "--db", db, "--format", "json");
        String stored = valid("ranked.schema.json", "tabulate", "--as-of", "1", "--db", db, "--format", "json");
        assertThat(stored).contains("\"storedVersion\" : 1,").contains("\"tieBreak\" : \"");
    }

    @Test
    void diffOfTwoVersionsOfCastVoteRecordsIsValid() throws IOException {
        String db = dir.resolve("cvrs.db").toString();
        Path one = Files.createDirectories(dir.resolve("one"));
        Path two = Files.createDirectories(dir.resolve("two"));
        for (Path to : List.of(one, two)) {
            for (String f : List.of("generic_csv_test_config.json", "generic_csv_test_cvr.csv")) {
                Files.copy(Path.of(RCTAB + "generic_csv_test/" + f), to.resolve(f));
            }
        }
        Path csv = two.resolve("generic_csv_test_cvr.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(csv));
        lines.add("R_new,p1,b1,,1,,,");
        Files.write(csv, lines);
        CommandRun.of("import", one.resolve("generic_csv_test_config.json").toString(), "--db", db);
        CommandRun.of("import", two.resolve("generic_csv_test_config.json").toString(), "--db", db);

        String diff = valid("diff.schema.json", "diff", "1", "2", "--db", db, "--format", "json");
        assertThat(diff).containsPattern("\"added\" : \\[\\s+\"R_new\"\\s+]").contains("\"differences\" : 1");
    }

    @Test
    void theDemoWritesAValidReport() {
        valid("report.schema.json", "demo", "--db", dir.resolve("d.db").toString(), "--format", "json");
    }

    @Test
    void inspectGivesEveryUnitItsIdsAndTheStatesFipsCode() {
        String json = valid("inspect.schema.json", "inspect", RUNOFF_SOS, "--format", "json");

        assertThat(json).containsPattern("\"id\" : \"Georgia\",\\s+\"name\" : \"Georgia\",\\s+\"parentId\" : null,"
                + "\\s+\"level\" : \"state\",\\s+\"county\" : null,\\s+\"countyId\" : null,\\s+\"fips\" : \"13\"")
                .containsPattern("\"id\" : \"DeKalb County\",[^}]+\"fips\" : \"13089\"")
                .containsPattern("\"name\" : \"KAREN HANDEL\",\\s+\"party\" : \"REP\",\\s+\"writeIn\" : false,"
                        + "\\s+\"votes\" : 134799");
    }

    @Test
    void reconcileListsEveryFigureOfBothSourcesWithCountyFipsCodes() {
        CommandRun run = CommandRun.of("reconcile", RUNOFF_SOS, RUNOFF_OE, "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(OutputSchemas.problems("reconcile.schema.json", run.out())).isEmpty();
        assertThat(run.out()).containsPattern("\"unit\" : \"COBB\",\\s+\"countyFips\" : \"13067\"")
                .contains("\"differences\" : 0");
    }

    @Test
    void importVersionsAndDiffWriteValidJsonWithTheChangedTalliesUnits() {
        String db = dir.resolve("r.db").toString();
        String first = valid("import.schema.json", "import", NIGHT, "--db", db, "--format", "json");
        valid("import.schema.json", "import", RUNOFF_SOS, "--db", db, "--format", "json");
        String versions = valid("versions.schema.json", "versions", "--db", db, "--format", "json");
        String diff = valid("diff.schema.json", "diff", "1", "2", "--db", db, "--format", "json");

        assertThat(first).contains("\"stored\" : true", "\"previous\" : null");
        assertThat(versions).contains("\"number\" : 1", "\"number\" : 2");
        assertThat(diff).containsPattern("\"choice\" : \"KAREN HANDEL\",\\s+\"before\" : 134595,\\s+"
                + "\"after\" : 134799,\\s+\"change\" : 204")
                .containsPattern("\"unitId\" : \"Cobb County\",[^}]+\"fips\" : \"13067\"");
    }

    @Test
    void everyAnalysisIsValidAndKeyedByMachineKeys() {
        for (String analysis : List.of("baseline", "swing", "specials", "money")) {
            String json = valid("analysis.schema.json", "analyze", analysis, "--data", SharedData.root().toString(),
                    "--format", "json");
            assertThat(json).doesNotContain("\"R %\" :");
        }
        valid("analysis.schema.json", "analyze", "flows", "--bootstrap", "200", "--data",
                SharedData.root().toString(), "--format", "json");
        valid("analysis.schema.json", "analyze", "house", "--simulations", "2000", "--data",
                SharedData.root().toString(), "--format", "json");
        String specials = valid("analysis.schema.json", "analyze", "specials", "--data",
                SharedData.root().toString(), "--format", "json", "--table", "specials");
        assertThat(specials).containsPattern("\"key\" : \"rep_pct\",\\s+\"label\" : \"R %\"")
                .contains("\"over_performance\" : -12.43");
    }

    @Test
    void theSchemasRejectWhatTheyMustRefuse() {
        String json = CommandRun.of("inspect", RUNOFF_SOS, "--format", "json").out();

        assertThat(OutputSchemas.problems("inspect.schema.json", json.replace("\"fips\" : \"13\"",
                "\"fips\" : \"Georgia\""))).isNotEmpty();
        assertThat(OutputSchemas.problems("inspect.schema.json", json.replace("\"votes\" : 134799",
                "\"votes\" : \"134799\""))).isNotEmpty();
        assertThat(OutputSchemas.problems("report.schema.json", json)).isNotEmpty();
        assertThat(OutputSchemas.problems("analysis.schema.json", "{\"schema\":\"analysis.schema.json\","
                + "\"software\":{\"name\":\"bellwether\",\"version\":\"1\"},\"title\":\"t\",\"inputs\":[],"
                + "\"method\":[],\"tables\":[{\"id\":\"t\",\"title\":\"t\",\"columns\":[],\"rows\":[{\"R %\":1}],"
                + "\"notes\":[]}]}")).isNotEmpty();
    }
}
