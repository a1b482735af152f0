package org.bellwether.formats.openelections;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bellwether.formats.ChoiceMetadata.ChoiceFacts;
import org.bellwether.formats.InputException;

/**
 * Resolves candidate cells to choices or statistics, applying the declared aliases, and collects the party
 * labels the file gives.
 *
 * <p>Party labels are kept as written (D, DEM, Democratic stay distinct: nothing is normalised) and given to
 * the election only once the file is read, because a file's party column can turn out to be garbled: Georgia's
 * 2016 precinct files hold fragments of candidate names split at a parenthesis ({@code (REP},
 * {@code J. W. MORROW JR (REP}). A file in which any party cell contains a parenthesis has its whole party
 * column ignored, with a note naming the first such cell; the metadata's parties still apply. A party label
 * {@code Write-ins} (Kansas 2016) is no party: it marks the choice as a write-in.
 */
final class Choices {

    private final ReadContext context;
    private long garbledLine = -1;
    private String garbledCell = "";
    private int writeInsByParty;

    Choices(ReadContext context) {
        this.context = context;
    }

    /**
     * The entry for a row's candidate cell. The party cell is read as a String only when it can still matter: for
     * a new entry, an entry without a label yet, or a cell that looks garbled; otherwise a scan of its chars for a
     * parenthesis is all a row needs.
     */
    ChoiceEntry entry(ContestState contest, String cell, CsvFields record, int partyColumn, long line) {
        ChoiceEntry entry = contest.find(cell);
        if (entry != null && (entry.choice < 0 || entry.party != null && (garbledLine >= 0 || partyColumn < 0
                || !record.containsEither(partyColumn, '(', ')')))) {
            entry.rows++;
            return entry;
        }
        return entry(contest, entry, cell, partyColumn < 0 ? "" : record.get(partyColumn), line);
    }

    private ChoiceEntry entry(ContestState contest, ChoiceEntry found, String cell, String party, long line) {
        ChoiceEntry entry = found;
        if (entry == null) {
            entry = create(contest, cell, party);
            contest.add(entry);
        }
        entry.rows++;
        if (!party.isEmpty() && entry.choice >= 0) {
            offerParty(entry, party, line);
        }
        return entry;
    }

    private ChoiceEntry create(ContestState contest, String cell, String party) {
        String written = cell.strip();
        RowKind kind = RowKind.of(written);
        if (!kind.isChoice()) {
            return new ChoiceEntry(cell, kind, written, false, false, -1, -1);
        }
        String name = context.options().aliases().canonical(written).orElse(written);
        boolean byParty = RowKind.of(party.strip()) == RowKind.WRITE_IN;
        boolean writeIn = kind == RowKind.WRITE_IN || RowKind.of(name) == RowKind.WRITE_IN || byParty
                || context.options().metadata().of(name).map(ChoiceFacts::writeIn).orElse(false);
        writeInsByParty += byParty ? 1 : 0;
        int choice = context.builder().choice(contest.index(), name, Optional.empty(), writeIn);
        return new ChoiceEntry(cell, writeIn ? RowKind.WRITE_IN : RowKind.CHOICE, name, !name.equals(written),
                writeIn, contest.index(), choice);
    }

    private void offerParty(ChoiceEntry entry, String party, long line) {
        if (entry.party == null) {
            String label = party.strip();
            if (!label.isEmpty() && RowKind.of(label) != RowKind.WRITE_IN) {
                entry.party = label;
            }
        }
        if (garbledLine < 0 && (party.indexOf('(') >= 0 || party.indexOf(')') >= 0)) {
            garbledLine = line;
            garbledCell = party.strip();
        }
    }

    /** Gives the election the parties, and notes aliases, statistics, write-ins and an ignored party column. */
    void finish(List<ContestState> contests) {
        if (garbledLine >= 0) {
            context.notes().add("party column ignored: it holds fragments of candidate names, such as "
                    + InputException.echo(garbledCell) + " on line " + garbledLine);
        }
        for (ContestState contest : contests) {
            contest.entries().stream().filter(e -> e.choice >= 0).forEach(e -> giveParty(contest, e));
        }
        noteAliases(contests);
        noteStatistics(contests);
        if (writeInsByParty > 0) {
            context.notes().add(writeInsByParty + " choices marked as write-ins by their party label 'Write-ins'");
        }
    }

    private void giveParty(ContestState contest, ChoiceEntry entry) {
        Optional<String> label = garbledLine < 0 ? Optional.ofNullable(entry.party) : Optional.empty();
        label = label.or(() -> context.options().metadata().of(entry.name).flatMap(ChoiceFacts::party));
        label.ifPresent(l -> context.builder().choice(contest.index(), entry.name, Optional.of(l), entry.writeIn));
    }

    private void noteAliases(List<ContestState> contests) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        contests.forEach(c -> c.entries().stream().filter(e -> e.aliased).forEach(e -> rows.merge(
                "'" + e.cell.strip() + "' -> '" + e.name + "'", e.rows, Integer::sum)));
        rows.forEach((merge, count) -> context.notes().addRaw("alias: " + merge + " in "
                + context.notes().fileName() + ", " + count + (count == 1 ? " row" : " rows")));
    }

    private void noteStatistics(List<ContestState> contests) {
        Map<String, Integer> rows = new LinkedHashMap<>();
        contests.forEach(c -> c.entries().stream().filter(e -> !e.kind.isChoice() && e.kind != RowKind.CONTEST_TOTAL)
                .forEach(e -> rows.merge("'" + e.name + "' (" + e.kind.statistic().label().toLowerCase(
                        java.util.Locale.ROOT) + ")", e.rows, Integer::sum)));
        if (!rows.isEmpty()) {
            context.notes().add("candidate cells read as statistics, not choices: " + rows.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue() + (e.getValue() == 1 ? " row" : " rows"))
                    .collect(java.util.stream.Collectors.joining(", ")));
        }
    }
}
