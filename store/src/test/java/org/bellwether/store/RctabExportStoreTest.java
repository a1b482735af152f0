package org.bellwether.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bellwether.store.CastVoteRecordStoreTest.RCTAB;
import static org.bellwether.store.CastVoteRecordStoreTest.assertSameBallots;
import static org.bellwether.store.CastVoteRecordStoreTest.read;
import static org.bellwether.store.ImportAndLoadTest.T1;
import static org.bellwether.store.ImportAndLoadTest.T2;
import static org.bellwether.store.ImportAndLoadTest.at;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.bellwether.core.ranked.BallotChanges;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.formats.cvr.RctabConfig;
import org.bellwether.formats.cvr.RctabConfigReader;
import org.bellwether.formats.cvr.RctabCvrCsvWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Schema 5 keeps what RCTab's normalised export names each ballot by, so that a stored version exports as its
 * files do (RCTab's conversion cases, on both databases); a version stored before it is read as before, without.
 */
class RctabExportStoreTest {

    static final String ALASKA = "conversions_from_dominion/conversions_from_dominion_config.json";

    @TempDir
    Path dir;

    static Stream<Arguments> conversions() {
        List<Arguments> all = new ArrayList<>();
        for (Backend backend : Backend.values()) {
            for (String provider : List.of("ess", "cdf", "dominion")) {
                all.add(Arguments.of(backend, "conversions_from_" + provider));
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("conversions")
    void aStoredVersionExportsByteForByteAsItsFiles(Backend backend, String folder) {
        String config = folder + "/" + folder + "_config.json";
        CastVoteRecordImport files = read(config);
        String fromFiles = export(config, files.ballots());
        try (ResultsStore store = ResultsStore.open(backend.freshStore(dir))) {
            long v = store.importCastVoteRecords(files, "bw", at(T1)).version().number();
            StoredCastVoteRecords stored = store.castVoteRecords(v);

            assertThat(stored.rctabIds()).isTrue();
            assertThat(export(config, stored.ballots())).isEqualTo(fromFiles);
        }
        // RCTab's own ids are in it, not only the vendor's
        assertThat(fromFiles.lines().skip(1).findFirst().orElseThrow()).containsAnyOf(",simple_ess_cvr.xlsx-1,",
                ",cdf_json_file1_cvr.json(1),", ",42-1-1,");
    }

    @Test
    void aStoreOfSchemaFourIsBroughtUpToDateAndItsVersionsReadWithoutRctabIds() throws SQLException {
        String db = Backend.SQLITE.freshStore(dir);
        CastVoteRecordImport alaska = read(ALASKA);
        try (ResultsStore store = ResultsStore.open(db)) {
            store.importCastVoteRecords(alaska, "bw", at(T1));
        }
        toSchemaFour(db);
        try (ResultsStore store = ResultsStore.openExisting(db)) {
            StoredCastVoteRecords old = store.castVoteRecords(1);
            assertThat(old.rctabIds()).isFalse();
            assertSameBallots(old.ballots(), alaska.ballots());
            assertThat(old.ballots().identities().orElseThrow().rctabId(0)).isEmpty();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MAX(version) FROM " + Schema.HISTORY
                        + " WHERE version IS NOT NULL")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(String.valueOf(Schema.LATEST));
        }
        try (ResultsStore store = ResultsStore.open(db)) {
            // the same files again: the new version holds what the old one lacks
            ImportResult again = store.importCastVoteRecords(read(ALASKA), "bw", at(T2));
            assertThat(again).isInstanceOf(ImportResult.Created.class);
            StoredCastVoteRecords stored = store.castVoteRecords(again.version().number());
            assertThat(stored.rctabIds()).isTrue();
            assertThat(export(ALASKA, stored.ballots())).isEqualTo(export(ALASKA, alaska.ballots()));
            // diff matches the old version's ballots with the new one's: the same ballots
            assertThat(BallotChanges.between(store.castVoteRecords(1).ballots(), stored.ballots()).isEmpty())
                    .isTrue();
        }
    }

    /**
     * What a store made before schema 5 holds: blocks without RCTab's ids, no portions, no block_format, a digest
     * of those blocks.
     */
    static void toSchemaFour(String db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            List<Object[]> blocks = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT version, block, ballots, data FROM cvr_ballot_block")) {
                while (rs.next()) {
                    BallotBlocks.Packer plain = new BallotBlocks.Packer(BallotBlocks.PLAIN);
                    for (BallotBlocks.Ballot b : BallotBlocks.unpack(rs.getBytes(4), rs.getInt(3),
                            BallotBlocks.RCTAB, "block")) {
                        plain.add(b);
                    }
                    blocks.add(new Object[] {BallotBlocks.deflate(plain.raw()), rs.getLong(1), rs.getInt(2)});
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE cvr_ballot_block SET data = ? WHERE version = ?"
                    + " AND block = ?")) {
                for (Object[] b : blocks) {
                    ps.setBytes(1, (byte[]) b[0]);
                    ps.setLong(2, (Long) b[1]);
                    ps.setInt(3, (Integer) b[2]);
                    ps.executeUpdate();
                }
            }
            s.execute("DELETE FROM cvr_name WHERE kind = 'portion'");
            // the digest then covered the plainer blocks: not the one the same files give now
            s.execute("UPDATE election_version SET content_sha256 = '" + "a".repeat(64) + "'");
            s.execute("ALTER TABLE cvr_version DROP COLUMN block_format");
            s.execute("DELETE FROM " + Schema.HISTORY + " WHERE version = '5'");
        }
    }

    /** The export, each source named as the configuration writes it. */
    static String export(String config, RankedBallots ballots) {
        Path file = RCTAB.resolve(config);
        RctabConfig read = RctabConfigReader.read(file);
        Path folder = file.toAbsolutePath().getParent().normalize();
        List<String> paths = read.sources().stream().map(s -> folder.relativize(s.path().toAbsolutePath()
                .normalize()).toString()).toList();
        StringWriter out = new StringWriter();
        try {
            RctabCvrCsvWriter.write(read, paths, ballots, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
