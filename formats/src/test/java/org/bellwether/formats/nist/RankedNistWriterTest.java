package org.bellwether.formats.nist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.bellwether.core.ranked.RankedOutcome;
import org.bellwether.core.ranked.RankedTabulator;
import org.bellwether.core.rule.SequentialRunoff;
import org.bellwether.formats.cvr.CastVoteRecords;
import org.bellwether.formats.cvr.RctabConfig;
import org.bellwether.formats.cvr.RctabConfigReader;
import org.junit.jupiter.api.Test;

/** Ranked counts of RCTab's real test elections as NIST ERR v2 JSON and XML, valid against NIST's own schemas. */
class RankedNistWriterTest {

    static List<RankedOutcome> count(String config) throws Exception {
        Path root = Path.of(RankedNistWriterTest.class.getResource("/org/bellwether/formats/cvr/rctab").toURI());
        RctabConfig read = RctabConfigReader.read(root.resolve(config));
        var ballots = CastVoteRecords.read(read);
        return read.rule() instanceof SequentialRunoff s ? RankedTabulator.passes(ballots, s)
                : List.of(RankedTabulator.tabulate(ballots, read.rule()));
    }

    static String written(List<RankedOutcome> passes) throws Exception {
        return written(passes, false);
    }

    static String written(List<RankedOutcome> passes, boolean xml) throws Exception {
        StringWriter out = new StringWriter();
        new RankedNistWriter("Bellwether test", xml).write("Minneapolis", Optional.empty(), passes, out);
        return out.toString();
    }

    @Test
    void theParkBoardsStvCountIsValidWithEachRoundsFractionalVotes() throws Exception {
        String json = written(count("2013_minneapolis_park/2013_minneapolis_park_config.json"));

        assertThat(Schemas.jsonProblems(json)).isEmpty();
        assertThat(json).contains("\"NumberElected\": 3,").contains("\"VoteVariation\": \"rcv\"")
                .containsPattern("\"GpUnitId\": \"gpu-jurisdiction\",\\s+\"Round\": 11,")
                .containsPattern("\"Count\": \\d+\\.\\d{4}\\s").contains("\"Undervotes\": 20571");
        assertThat(written(count("2013_minneapolis_park/2013_minneapolis_park_config.json"))).isEqualTo(json);
    }

    @Test
    void aSequentialCountIsOneContestPerPass() throws Exception {
        String json = written(count("2013_minneapolis_park_sequential/2013_minneapolis_park_sequential_config.json"));

        assertThat(Schemas.jsonProblems(json)).isEmpty();
        assertThat(json).contains("\"Name\": \"2013 Minneapolis Park Board (pass 3 of 3)\"");
    }

    @Test
    void theParkBoardsStvCountIsValidNistXmlWithEachRoundsFractionalVotes() throws Exception {
        List<RankedOutcome> count = count("2013_minneapolis_park/2013_minneapolis_park_config.json");
        String xml = written(count, true);

        assertThat(Schemas.xmlProblems(xml)).isEmpty();
        assertThat(xml).contains("<Contest ObjectId=\"contest-1\" xsi:type=\"CandidateContest\">")
                .contains("<NumberElected>3</NumberElected>").contains("<VoteVariation>rcv</VoteVariation>")
                .containsPattern("<GpUnitId>gpu-jurisdiction</GpUnitId>\\s+<Round>11</Round>\\s+<Type>total</Type>"
                        + "\\s+<Count>\\d+\\.\\d{4}</Count>")
                .contains("<Undervotes>20571</Undervotes>");
        assertThat(written(count, true)).isEqualTo(xml);
    }

    @Test
    void aSequentialCountIsOneXmlContestPerPassAndAnIrvCountIsValidToo() throws Exception {
        String sequential = written(count(
                "2013_minneapolis_park_sequential/2013_minneapolis_park_sequential_config.json"), true);
        String mayor = written(count("2017_minneapolis_mayor/2017_minneapolis_mayor_config.json"), true);

        assertThat(Schemas.xmlProblems(sequential)).isEmpty();
        assertThat(sequential).contains("<Name>2013 Minneapolis Park Board (pass 3 of 3)</Name>");
        assertThat(Schemas.xmlProblems(mayor)).isEmpty();
        assertThat(mayor).contains("<Text Language=\"en\">Jacob Frey</Text>").contains("<Round>6</Round>");
    }
}
