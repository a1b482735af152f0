package org.bellwether.formats.openelections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bellwether.formats.openelections.Tabulation.data;
import static org.bellwether.formats.openelections.Tabulation.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.bellwether.core.Election;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenElectionsCsvWriterTest {

    private static final String DIR = "ga06-2017/openelections/20170620__ga__special__general__runoff__";
    private static final Path COBB = data(DIR + "cobb__precinct.csv");
    private static final Path DEKALB = data(DIR + "dekalb__precinct.csv");
    private static final Path FULTON = data(DIR + "fulton__precinct.csv");

    private static String csv(Election e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new OpenElectionsCsvWriter().write(e, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Everything but sources and notes, tallies and statistics as sets. The file holds no election name or date:
     * those travel in a file name that follows OpenElections' naming standard, as the written files' names do.
     */
    private static Object results(Election e) {
        return java.util.List.of(e.name(), e.date(), e.type(), e.contests(), e.units(), e.voteTypes(),
                e.tallies().stream().collect(Collectors.toSet()), Set.copyOf(e.statistics()));
    }

    @Test
    void theGa06RunoffWrittenAsCsvReadsBackTheSame(@TempDir Path dir) throws IOException {
        Election runoff = read(COBB, DEKALB, FULTON);
        Path written = Files.writeString(dir.resolve("20170620__ga__special__general__runoff__precinct.csv"), csv(runoff));

        assertThat(results(read(written))).isEqualTo(results(runoff));
    }

    @Test
    void voteTypeColumnsRoundTripWithTheirLabels(@TempDir Path dir) throws IOException {
        Election cobb2016 = read(data("ga-baseline/2016-precinct/20161108__ga__general__cobb__precinct.csv"));
        String csv = csv(cobb2016);
        Path written = Files.writeString(dir.resolve("20161108__ga__general__cobb__precinct.csv"), csv);

        assertThat(csv).startsWith("county,precinct,office,district,party,candidate,votes,advance_in_person_1,"
                + "absentee_by_mail,election_day,provisional,advance_in_person_2\n");
        assertThat(results(read(written))).isEqualTo(results(cobb2016));
    }

    @Test
    void rowsComeVotersFirstThenContestByContestPrecinctByPrecinct() {
        String csv = csv(read(COBB));

        assertThat(csv).startsWith("county,precinct,office,district,party,candidate,votes\n"
                + "Cobb,Addison 01,Voters,,,Registered Voters,2184\n"
                + "Cobb,Addison 01,Voters,,,Ballots Cast,1308\n"
                + "Cobb,Bells Ferry 02,Voters,,,Registered Voters,2708\n");
        assertThat(csv).contains("Cobb,Addison 01,\"U.S. House, District 6\",,R,Karen Handel,737\n"
                + "Cobb,Addison 01,\"U.S. House, District 6\",,D,Jon Ossoff,571\n"
                + "Cobb,Bells Ferry 02,\"U.S. House, District 6\",,R,Karen Handel,806\n");
        assertThat(csv).isEqualTo(csv(read(COBB)));
    }
}
