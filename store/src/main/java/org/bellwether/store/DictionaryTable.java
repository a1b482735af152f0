package org.bellwether.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.List;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;
import org.bellwether.core.Reporting;
import org.bellwether.core.RuleDeclaration;
import org.bellwether.core.ReportingUnit;
import org.bellwether.core.UnitLevel;
import org.bellwether.core.VoteCategory;
import org.bellwether.core.VoteType;

/**
 * One of the four versioned dictionaries (contests, choices, units, vote types): its SQL and how a value maps to
 * its columns. Every SELECT returns group, id, version, position, then the value's columns, for one election up
 * to one version, ordered by group, id and version; every INSERT takes election, id, version, position, then
 * the group and the value's columns. Choices are grouped by contest; the others have a single group 0.
 *
 * @param <E> the value a row holds
 */
sealed interface DictionaryTable<E> permits DictionaryTable.Contests, DictionaryTable.Choices,
        DictionaryTable.Units, DictionaryTable.VoteTypes {

    /** What an entry of this dictionary is called in messages, e.g. {@code unit}. */
    String noun();

    /** The largest id an entry may have: the bits a packed tally key gives it. */
    int maxId();

    String select();

    String insert();

    /** The entry's identity within its group: stable from version to version. */
    String key(E value);

    E read(ResultSet rs) throws SQLException;

    /** Binds the group (when the table has one) and the value's columns, from parameter 5 on. */
    void bind(PreparedStatement ps, int group, E value) throws SQLException;

    /**
     * A contest's own columns; its choices are a dictionary of their own. A change of its declared rule or of
     * its reporting makes a new row, as a change of its name would.
     */
    record ContestRow(String name, int voteFor, Optional<RuleDeclaration> declared, Reporting reporting) {

        static ContestRow of(Contest c) {
            return new ContestRow(c.name(), c.voteFor(), c.declared(), c.reporting());
        }

        Contest toContest(List<Choice> choices) {
            return new Contest(name, voteFor, choices, declared, reporting);
        }
    }

    record Contests() implements DictionaryTable<ContestRow> {
        public String noun() {
            return "contest";
        }

        public int maxId() {
            return PackedKeys.MAX_CONTEST_ID;
        }

        public String select() {
            return "SELECT 0, contest_id, version, position, name, vote_for, declared_rule, declared_basis,"
                    + " reporting_completeness, units_reporting, units_expected, unit_noun, reporting_basis FROM contest_change"
                    + " WHERE election_id = ? AND version <= ? ORDER BY contest_id, version";
        }

        public String insert() {
            return "INSERT INTO contest_change (election_id, contest_id, version, position, name, vote_for,"
                    + " declared_rule, declared_basis, reporting_completeness, units_reporting, units_expected,"
                    + " unit_noun, reporting_basis) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        }

        public String key(ContestRow value) {
            return value.name();
        }

        public ContestRow read(ResultSet rs) throws SQLException {
            Optional<RuleDeclaration> declared = rs.getString(7) == null ? Optional.empty()
                    : Optional.of(new RuleDeclaration(rs.getString(7), rs.getString(8)));
            String completeness = rs.getString(9);
            Reporting reporting = completeness == null ? Reporting.UNKNOWN
                    : new Reporting(Reporting.Completeness.valueOf(completeness), rs.getLong(10), rs.getLong(11),
                            rs.getString(12), rs.getString(13));
            return new ContestRow(rs.getString(5), rs.getInt(6), declared, reporting);
        }

        public void bind(PreparedStatement ps, int group, ContestRow value) throws SQLException {
            ps.setString(5, value.name());
            ps.setInt(6, value.voteFor());
            ps.setString(7, value.declared().map(RuleDeclaration::spec).orElse(null));
            ps.setString(8, value.declared().map(RuleDeclaration::basis).orElse(null));
            Reporting r = value.reporting();
            boolean known = !r.equals(Reporting.UNKNOWN);
            ps.setString(9, known ? r.completeness().name() : null);
            ps.setObject(10, known ? r.unitsReporting() : null, java.sql.Types.BIGINT);
            ps.setObject(11, known ? r.unitsExpected() : null, java.sql.Types.BIGINT);
            ps.setString(12, known ? r.unitNoun() : null);
            ps.setString(13, known ? r.basis() : null);
        }
    }

    record Choices() implements DictionaryTable<Choice> {
        public String noun() {
            return "choice";
        }

        public int maxId() {
            return PackedKeys.MAX_CHOICE_ID;
        }

        public String select() {
            return "SELECT contest_id, choice_id, version, position, name, party, write_in FROM choice_change"
                    + " WHERE election_id = ? AND version <= ? ORDER BY contest_id, choice_id, version";
        }

        public String insert() {
            return "INSERT INTO choice_change (election_id, choice_id, version, position, contest_id, name, party,"
                    + " write_in) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        }

        public String key(Choice value) {
            return value.name();
        }

        public Choice read(ResultSet rs) throws SQLException {
            return new Choice(rs.getString(5), Optional.ofNullable(rs.getString(6)), rs.getBoolean(7));
        }

        public void bind(PreparedStatement ps, int group, Choice value) throws SQLException {
            ps.setInt(5, group);
            ps.setString(6, value.name());
            ps.setString(7, value.party().orElse(null));
            ps.setBoolean(8, value.writeIn());
        }
    }

    record Units() implements DictionaryTable<ReportingUnit> {
        public String noun() {
            return "reporting unit";
        }

        public int maxId() {
            return PackedKeys.MAX_UNIT_ID;
        }

        public String select() {
            return "SELECT 0, unit_id, version, position, unit_key, name, unit_level, parent_key FROM unit_change"
                    + " WHERE election_id = ? AND version <= ? ORDER BY unit_id, version";
        }

        public String insert() {
            return "INSERT INTO unit_change (election_id, unit_id, version, position, unit_key, name, unit_level,"
                    + " parent_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        }

        public String key(ReportingUnit value) {
            return value.id();
        }

        public ReportingUnit read(ResultSet rs) throws SQLException {
            return new ReportingUnit(rs.getString(5), rs.getString(6), UnitLevel.valueOf(rs.getString(7)),
                    Optional.ofNullable(rs.getString(8)));
        }

        public void bind(PreparedStatement ps, int group, ReportingUnit value) throws SQLException {
            ps.setString(5, value.id());
            ps.setString(6, value.name());
            ps.setString(7, value.level().name());
            ps.setString(8, value.parentId().orElse(null));
        }
    }

    record VoteTypes() implements DictionaryTable<VoteType> {
        public String noun() {
            return "vote type";
        }

        public int maxId() {
            return PackedKeys.MAX_VOTE_TYPE_ID;
        }

        public String select() {
            return "SELECT 0, vote_type_id, version, position, label, category FROM vote_type_change"
                    + " WHERE election_id = ? AND version <= ? ORDER BY vote_type_id, version";
        }

        public String insert() {
            return "INSERT INTO vote_type_change (election_id, vote_type_id, version, position, label, category)"
                    + " VALUES (?, ?, ?, ?, ?, ?)";
        }

        public String key(VoteType value) {
            return value.label() + '\0' + value.category().name();
        }

        public VoteType read(ResultSet rs) throws SQLException {
            return new VoteType(rs.getString(5), VoteCategory.valueOf(rs.getString(6)));
        }

        public void bind(PreparedStatement ps, int group, VoteType value) throws SQLException {
            ps.setString(5, value.label());
            ps.setString(6, value.category().name());
        }
    }
}
