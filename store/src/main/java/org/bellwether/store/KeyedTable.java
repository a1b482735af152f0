package org.bellwether.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.bellwether.core.StatisticKind;

/**
 * One of the two large versioned tables, tallies and unit statistics, whose keys pack into a long. Every SELECT
 * returns the key's columns, then version, position and value, for one election up to one version, in key and
 * version order (the primary key's order, so the database reads its index front to back); every INSERT takes
 * election, the key's columns, version, position, value.
 */
sealed interface KeyedTable permits KeyedTable.Tallies, KeyedTable.Statistics {

    String select();

    String insert();

    long key(ResultSet rs) throws SQLException;

    /** Binds the key's columns from parameter 2 on. */
    void bind(PreparedStatement ps, long key) throws SQLException;

    KeyedTable TALLIES = new Tallies();
    KeyedTable STATISTICS = new Statistics();

    record Tallies() implements KeyedTable {
        public String select() {
            return "SELECT contest_id, choice_id, unit_id, vote_type_id, version, position, votes FROM tally_change"
                    + " WHERE election_id = ? AND version <= ?"
                    + " ORDER BY contest_id, choice_id, unit_id, vote_type_id, version";
        }

        public String insert() {
            return "INSERT INTO tally_change (election_id, contest_id, choice_id, unit_id, vote_type_id, version,"
                    + " position, votes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        }

        public long key(ResultSet rs) throws SQLException {
            return PackedKeys.tally(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4));
        }

        public void bind(PreparedStatement ps, long key) throws SQLException {
            ps.setInt(2, PackedKeys.tallyContest(key));
            ps.setInt(3, PackedKeys.tallyChoice(key));
            ps.setInt(4, PackedKeys.tallyUnit(key));
            ps.setInt(5, PackedKeys.voteType(key));
        }
    }

    record Statistics() implements KeyedTable {
        public String select() {
            return "SELECT unit_id, contest_id, kind, vote_type_id, version, position, amount FROM statistic_change"
                    + " WHERE election_id = ? AND version <= ?"
                    + " ORDER BY unit_id, contest_id, kind, vote_type_id, version";
        }

        public String insert() {
            return "INSERT INTO statistic_change (election_id, unit_id, contest_id, kind, vote_type_id, version,"
                    + " position, amount) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        }

        public long key(ResultSet rs) throws SQLException {
            return PackedKeys.statistic(rs.getInt(1), rs.getInt(2), StatisticKind.valueOf(rs.getString(3)),
                    rs.getInt(4));
        }

        public void bind(PreparedStatement ps, long key) throws SQLException {
            ps.setInt(2, PackedKeys.statisticUnit(key));
            ps.setInt(3, PackedKeys.statisticContest(key));
            ps.setString(4, PackedKeys.statisticKind(key).name());
            ps.setInt(5, PackedKeys.voteType(key));
        }
    }
}
