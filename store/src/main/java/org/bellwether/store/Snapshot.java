package org.bellwether.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.bellwether.core.Choice;
import org.bellwether.core.ReportingUnit;
import org.bellwether.core.VoteType;
import org.bellwether.store.DictionaryTable.ContestRow;

/**
 * Everything stored about an election's results as of one version: its four dictionaries, its tallies and its
 * unit statistics, keyed by stable ids. Sources, notes and names live in the version's own row.
 */
record Snapshot(Dictionary<ContestRow> contests, Dictionary<Choice> choices, Dictionary<ReportingUnit> units,
        Dictionary<VoteType> voteTypes, KeyedRows tallies, KeyedRows statistics) {

    static final DictionaryTable<ContestRow> CONTESTS = new DictionaryTable.Contests();
    static final DictionaryTable<Choice> CHOICES = new DictionaryTable.Choices();
    static final DictionaryTable<ReportingUnit> UNITS = new DictionaryTable.Units();
    static final DictionaryTable<VoteType> VOTE_TYPES = new DictionaryTable.VoteTypes();

    static Snapshot empty() {
        return new Snapshot(Dictionary.empty(CONTESTS), Dictionary.empty(CHOICES), Dictionary.empty(UNITS),
                Dictionary.empty(VOTE_TYPES), new KeyedRows(), new KeyedRows());
    }

    static Snapshot read(Connection c, int election, long version) throws SQLException {
        return new Snapshot(Dictionary.read(c, CONTESTS, election, version),
                Dictionary.read(c, CHOICES, election, version), Dictionary.read(c, UNITS, election, version),
                Dictionary.read(c, VOTE_TYPES, election, version),
                KeyedState.read(c, KeyedTable.TALLIES, election, version),
                KeyedState.read(c, KeyedTable.STATISTICS, election, version));
    }
}
