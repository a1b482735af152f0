package org.bellwether.formats.cvr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.core.rule.BottomsUpThreshold;
import org.bellwether.core.rule.ThresholdBasis;
import org.bellwether.core.rule.ThresholdCutoff;
import org.bellwether.formats.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of an RCTab configuration: each setting read into its rule, or refused naming the key, as RCTab does. */
class RctabConfigRulesTest {

    @TempDir
    Path dir;

    private RctabConfig read(String rules) throws IOException {
        Files.writeString(dir.resolve("c_config.json"), """
                {"cvrFileSources": [{"filePath": "cvr.csv", "provider": "genericCsv"}],
                 "candidates": [{"name": "Ada"}, {"name": "Grace"}],
                 "rules": {"overvoteRule": "exhaustImmediately", "tiebreakMode": "stopCountingAndAsk", %s}}
                """.formatted(rules));
        return RctabConfigReader.read(dir.resolve("c_config.json"));
    }

    @Test
    void aPercentageThresholdKeepsItsDecimalPlaces() throws IOException {
        RctabConfig config = read("""
                "winnerElectionMode": "bottomsUpUsingPercentageThreshold", "numberOfWinners": "0",
                "multiSeatBottomsUpPercentageThreshold": "12.50", "cutoffElimination": true,
                "doesFirstRoundDetermineThreshold": true""");
        assertThat(config.rule()).isInstanceOfSatisfying(BottomsUpThreshold.class, rule -> {
            assertThat(rule.percent()).isEqualTo(new BigDecimal("12.50"));
            assertThat(rule.decimalPlaces()).isEqualTo(4);
            assertThat(rule.cutoff()).isEqualTo(ThresholdCutoff.EVERY_CANDIDATE_UNDER);
            assertThat(rule.basis()).isEqualTo(ThresholdBasis.FIRST_ROUND);
        });
    }

    @Test
    void aPercentageCountMustNotNameSeats() {
        assertThatThrownBy(() -> read("""
                "winnerElectionMode": "bottomsUpUsingPercentageThreshold", "numberOfWinners": "2",
                "multiSeatBottomsUpPercentageThreshold": "15\""""))
                .isInstanceOf(InputException.class)
                .hasMessage("c_config.json: $.rules.numberOfWinners: must be 0 for bottomsUpUsingPercentageThreshold"
                        + " (it elects however many reach the threshold), was 2");
    }

    @Test
    void aPercentageOutsideOneToAHundredIsRefused() {
        assertThatThrownBy(() -> read("""
                "winnerElectionMode": "bottomsUpUsingPercentageThreshold", "numberOfWinners": "0",
                "multiSeatBottomsUpPercentageThreshold": "0.5\""""))
                .isInstanceOf(InputException.class)
                .hasMessage("c_config.json: $.rules.multiSeatBottomsUpPercentageThreshold: must be 1 to 100, was 0.5");
        assertThatThrownBy(() -> read("""
                "winnerElectionMode": "bottomsUpUsingPercentageThreshold", "numberOfWinners": "0",
                "multiSeatBottomsUpPercentageThreshold": "1e1\""""))
                .isInstanceOf(InputException.class)
                .hasMessage("c_config.json: $.rules.multiSeatBottomsUpPercentageThreshold: \"1e1\" is not a"
                        + " percentage (digits, at most 6 decimal places)");
    }

    @Test
    void cutoffEliminationNeedsAPercentageThreshold() {
        assertThatThrownBy(() -> read("""
                "winnerElectionMode": "singleWinnerMajority", "cutoffElimination": true"""))
                .isInstanceOf(InputException.class)
                .hasMessage("c_config.json: $.rules.cutoffElimination: true needs the winner election mode"
                        + " bottomsUpUsingPercentageThreshold");
    }

    @Test
    void zeroWinnersNeedAPercentageThreshold() {
        assertThatThrownBy(() -> read("""
                "winnerElectionMode": "singleWinnerMajority", "numberOfWinners": "0\""""))
                .isInstanceOf(InputException.class)
                .hasMessage("c_config.json: $.rules.numberOfWinners: is 0, which only bottomsUpUsingPercentageThreshold"
                        + " allows");
    }

    @Test
    void batchEliminationCannotJoinAPercentageThreshold() {
        assertThatThrownBy(() -> read("""
                "winnerElectionMode": "bottomsUpUsingPercentageThreshold", "numberOfWinners": "0",
                "multiSeatBottomsUpPercentageThreshold": "15", "batchElimination": true"""))
                .isInstanceOf(InputException.class)
                .hasMessage("c_config.json: $.rules.batchElimination: cannot be true with"
                        + " bottomsUpUsingPercentageThreshold");
    }
}
