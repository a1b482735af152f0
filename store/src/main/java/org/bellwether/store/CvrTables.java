package org.bellwether.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;
import org.bellwether.core.ranked.BallotIdentities;
import org.bellwether.core.ranked.BallotIdentity;
import org.bellwether.core.ranked.RankedBallots;

/**
 * Schema 3's cast-vote-record tables (with schema 5's block format): one version written whole, and read back
 * whole.
 */
final class CvrTables {

    private CvrTables() {
    }

    /** Writes the version's rows; returns how many. */
    static long write(Connection c, long version, CastVoteRecordImport cvrs, PackedBallots packed,
            Batch.Counter counter) throws SQLException {
        RankedBallots ballots = cvrs.ballots();
        Sql.update(c, "INSERT INTO cvr_version (version, contest_name, rule_config, by_precinct, undeclared_write_in,"
                + " ballot_count, ranking_count, block_count, block_format) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                version, ballots.contest().name(), cvrs.ruleConfig(), ballots.bySlice(),
                ballots.undeclaredWriteIn().orElse(-1), ballots.ballots(), packed.rankings.size(),
                packed.blocks.size(), BallotBlocks.RCTAB);
        try (Batch out = new Batch(c, "INSERT INTO cvr_candidate (version, position, name, write_in)"
                + " VALUES (?, ?, ?, ?)", counter)) {
            List<Choice> choices = ballots.contest().choices();
            for (int i = 0; i < choices.size(); i++) {
                set(out.row(), version, i, choices.get(i).name(), choices.get(i).writeIn());
                out.add();
            }
        }
        try (Batch out = new Batch(c, "INSERT INTO cvr_ranking (version, ranking_id, marks, ballots)"
                + " VALUES (?, ?, ?, ?)", counter)) {
            for (int i = 0; i < packed.rankings.size(); i++) {
                set(out.row(), version, i, packed.rankings.get(i), packed.rankingBallots.get(i));
                out.add();
            }
        }
        var who = ballots.identities().orElseThrow();
        try (Batch out = new Batch(c, "INSERT INTO cvr_name (version, kind, name_id, name) VALUES (?, ?, ?, ?)",
                counter)) {
            names(out, version, PackedBallots.PRECINCT, who.precinctNames());
            names(out, version, PackedBallots.BATCH, who.batchNames());
            names(out, version, PackedBallots.TABULATOR, who.tabulatorNames());
            names(out, version, PackedBallots.PORTION, who.portionNames());
        }
        try (Batch out = new Batch(c, "INSERT INTO cvr_ballot_block (version, block, first_ballot, ballots, data)"
                + " VALUES (?, ?, ?, ?, ?)", counter)) {
            long first = 0;
            for (int i = 0; i < packed.blocks.size(); i++) {
                set(out.row(), version, i, first, packed.blockBallots.get(i));
                out.row().setBytes(5, packed.blocks.get(i));
                out.add();
                first += packed.blockBallots.get(i);
            }
        }
        return counter.rows() + 1;
    }

    private static void names(Batch out, long version, String kind, List<String> names) throws SQLException {
        for (int i = 0; i < names.size(); i++) {
            set(out.row(), version, kind, i, names.get(i));
            out.add();
        }
    }

    private static void set(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }

    /** Whether {@code version} holds cast-vote records. */
    static boolean holds(Connection c, long version) throws SQLException {
        return Sql.number(c, "SELECT COUNT(*) FROM cvr_version WHERE version = ?", version).orElse(0) > 0;
    }

    /** The election's newest version of cast-vote records, if any. */
    static Optional<Long> latest(Connection c, int election) throws SQLException {
        long v = Sql.number(c, "SELECT MAX(c.version) FROM cvr_version c JOIN election_version v"
                + " ON v.version = c.version WHERE v.election_id = ?", election).orElse(0);
        return v == 0 ? Optional.empty() : Optional.of(v);
    }

    private record Header(String contest, String config, boolean byPrecinct, int undeclared, long ballots,
            int rankings, int blocks, int format) {
    }

    /** The version's ballots, rebuilt in the order they were read, with their identities. */
    static StoredCastVoteRecords read(Connection c, VersionInfo info, String store) throws SQLException {
        long version = info.number();
        String where = store + ": version " + version;
        Header h = Sql.list(c, "SELECT contest_name, rule_config, by_precinct, undeclared_write_in, ballot_count,"
                + " ranking_count, block_count, block_format FROM cvr_version WHERE version = ?", rs -> new Header(
                rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getInt(4), rs.getLong(5), rs.getInt(6),
                rs.getInt(7), rs.getInt(8)), version).get(0);
        if (h.format() != BallotBlocks.PLAIN && h.format() != BallotBlocks.RCTAB) {
            throw StoreException.unusable(where + ": block format " + h.format() + " is not one this Bellwether"
                    + " knows: the store is damaged");
        }
        List<Choice> choices = Sql.list(c, "SELECT name, write_in FROM cvr_candidate WHERE version = ?"
                + " ORDER BY position", rs -> rs.getBoolean(2) ? new Choice(rs.getString(1), Optional.empty(), true)
                : Choice.named(rs.getString(1)), version);
        List<int[]> rankings = new ArrayList<>();
        for (String text : Sql.list(c, "SELECT marks FROM cvr_ranking WHERE version = ? ORDER BY ranking_id",
                rs -> rs.getString(1), version)) {
            int[] marks = PackedBallots.parseMarks(text);
            if (marks == null) {
                throw StoreException.unusable(where + ": ranking " + "'" + text.substring(0, Math.min(40, text.length())) + "'" + " is not a ranking:"
                        + " the store is damaged");
            }
            rankings.add(marks);
        }
        List<String> precincts = names(c, version, PackedBallots.PRECINCT);
        List<String> batches = names(c, version, PackedBallots.BATCH);
        List<String> tabulators = names(c, version, PackedBallots.TABULATOR);
        List<String> portions = h.format() == BallotBlocks.RCTAB ? names(c, version, PackedBallots.PORTION)
                : List.of(BallotIdentities.NONE);
        RankedBallots.Builder out = RankedBallots.builder(new Contest(h.contest(), 1, choices), h.undeclared(),
                h.byPrecinct()).keepingIdentities();
        int source = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT block, ballots, data FROM cvr_ballot_block"
                + " WHERE version = ? ORDER BY block")) {
            ps.setLong(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String block = where + ", ballot block " + rs.getInt(1);
                    for (BallotBlocks.Ballot b : BallotBlocks.unpack(rs.getBytes(3), rs.getInt(2), h.format(),
                            block)) {
                        int[] marks = at(rankings, b.ranking(), block);
                        if (b.source() != source) {
                            source = b.source();
                            out.fromSource(source);
                        }
                        out.add(marks, marks.length, at(precincts, b.precinct(), block), new BallotIdentity(b.id(),
                                absent(at(batches, b.batch(), block)), absent(at(tabulators, b.tabulator(), block)),
                                absent(b.rctabId()), absent(b.vendorId()), absent(at(portions, b.portion(), block))));
                    }
                }
            }
        }
        RankedBallots ballots = out.build();
        if (ballots.ballots() != h.ballots()) {
            throw StoreException.unusable(where + ": holds " + ballots.ballots() + " ballots, its header says "
                    + h.ballots() + ": the store is damaged");
        }
        return new StoredCastVoteRecords(info, h.config(), ballots, h.format() == BallotBlocks.RCTAB);
    }

    private static String absent(String name) {
        return name.isEmpty() ? null : name;
    }

    private static <T> T at(List<T> list, int index, String block) {
        if (index >= list.size()) {
            throw StoreException.unusable(block + " names entry " + index + " of " + list.size()
                    + ": the store is damaged");
        }
        return list.get(index);
    }

    private static List<String> names(Connection c, long version, String kind) throws SQLException {
        return Sql.list(c, "SELECT name FROM cvr_name WHERE version = ? AND kind = ? ORDER BY name_id",
                rs -> rs.getString(1), version, kind);
    }
}
