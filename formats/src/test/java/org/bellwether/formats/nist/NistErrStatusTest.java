package org.bellwether.formats.nist;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.bellwether.core.Certification;
import org.bellwether.core.CountReporting;
import org.bellwether.core.Election;
import org.bellwether.core.Reporting;
import org.bellwether.core.RuleDeclaration;
import org.bellwether.core.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a NIST ERR file says of its results' status, each contest's completeness and its rule. */
class NistErrStatusTest {

    static final Path CAMBRIDGE = SharedData.file("formats/nist-err-v2/cdf-test-method/"
            + "real_world_ma_cambridge_2022_general_err_v2_err-2022-11-08-Massachusetts-Cambridge.json");

    @TempDir
    Path dir;

    @Test
    void cambridgesCertifiedReportIsCertifiedAndCompleteButNamesNoState() {
        Election e = NistFiles.read(CAMBRIDGE);

        assertThat(e.certification()).isEqualTo(Certification.CERTIFIED);
        // its scope is the city, and no GpUnit of type state lies above it: the state is not guessed from a name
        assertThat(e.state()).isEmpty();
        assertThat(CountReporting.of(e)).allMatch(Reporting::complete);
        assertThat(e.contests().get(0).reporting().basis()).isEqualTo("the file's Status certified");
    }

    @Test
    void theSyntheticUnofficialCompleteReportIsUnofficial() {
        assertThat(NistFiles.read(NistFiles.GEN01_JSON).certification()).isEqualTo(Certification.UNOFFICIAL);
    }

    @Test
    void aContestsVoteVariationDeclaresItsRuleAndItsSubUnitsSayHowManyReported() {
        String json = SmallReports.fill(SmallReports.JSON).replace("\"VotesAllowed\": 1}",
                "\"VotesAllowed\": 1, \"VoteVariation\": \"rcv\", \"SubUnitsReported\": 1, \"TotalSubUnits\": 2}")
                .replace("\"Status\": \"certified\"", "\"Status\": \"unofficial-partial\"");

        Election e = NistFiles.read(SmallReports.write(dir, "rcv.json", json));

        assertThat(e.contests().get(0).declared()).isEqualTo(Optional.of(new RuleDeclaration("instant-runoff",
                "NIST ERR VoteVariation rcv")));
        assertThat(e.contests().get(0).reporting()).isEqualTo(Reporting.of(1, 2, "units",
                "the file's SubUnitsReported of TotalSubUnits"));
        assertThat(e.certification()).isEqualTo(Certification.UNOFFICIAL);
    }

    @Test
    void aDeclaredRuleAndPartialReportingSurviveWritingAndReadingBack() {
        String json = SmallReports.fill(SmallReports.JSON).replace("\"VotesAllowed\": 1}",
                "\"VotesAllowed\": 1, \"VoteVariation\": \"plurality\", \"SubUnitsReported\": 1, \"TotalSubUnits\": 2}");
        Election e = NistFiles.read(SmallReports.write(dir, "p.json", json));

        Election back = Written.readBack(Written.json(e), dir, "back.json");

        assertThat(back.contests().get(0).declared()).isEqualTo(e.contests().get(0).declared());
        assertThat(back.contests().get(0).reporting().completeness()).isEqualTo(Reporting.Completeness.PARTIAL);
        assertThat(back.certification()).isEqualTo(Certification.CERTIFIED);
        assertThat(Schemas.jsonProblems(Written.json(e))).isEmpty();
        assertThat(Schemas.xmlProblems(Written.xml(e))).isEmpty();
    }
}
