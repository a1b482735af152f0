package org.bellwether.formats.openelections;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.bellwether.core.VoteType;
import org.bellwether.formats.InputException;

/**
 * Where a file keeps what: the header's columns mapped by name, never by position (Montana 2017 puts
 * {@code district} before {@code office}). A file without a {@code precinct} column is county-level.
 *
 * @param county     the county column
 * @param precinct   the precinct column, or -1 in a county-level file
 * @param office     the office column
 * @param district   the district column, or -1
 * @param party      the party column, or -1
 * @param candidate  the candidate column
 * @param votes      the total votes column, or -1 when only vote-type columns count votes (Georgia 2012)
 * @param types      the vote-type columns, in header order
 * @param fieldCount the number of header columns, which every row must have
 */
record Layout(int county, int precinct, int office, int district, int party, int candidate, int votes,
        List<TypeColumn> types, int fieldCount) {

    static final List<String> REQUIRED = List.of("county", "office", "candidate");

    Layout {
        types = List.copyOf(Objects.requireNonNull(types, "vote-type columns"));
    }

    /** A vote-type column: its index and the vote type it counts, labelled with the column's name. */
    record TypeColumn(int column, VoteType type) {
    }

    boolean countyLevel() {
        return precinct < 0;
    }

    /** Reads the header, or names what is wrong with it. */
    static Layout of(List<String> header, long line, ReadContext context) {
        List<String> names = names(header);
        Map<String, Integer> index = index(names, line, context);
        requireColumns(index, names, line, context);
        List<TypeColumn> types = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!VoteTypeNames.ID_COLUMNS.contains(names.get(i).toLowerCase(Locale.ROOT))) {
                types.add(new TypeColumn(i, new VoteType(names.get(i), VoteTypeNames.category(names.get(i)))));
            }
        }
        if (!index.containsKey("votes") && types.isEmpty()) {
            throw context.error(line, "missing column: votes (and there are no vote-type columns)");
        }
        return new Layout(index.get("county"), index.getOrDefault("precinct", -1), index.get("office"),
                index.getOrDefault("district", -1), index.getOrDefault("party", -1), index.get("candidate"),
                index.getOrDefault("votes", -1), types, names.size());
    }

    /** How this file is read, for the notes. */
    String describe() {
        String level = countyLevel() ? "county-level" : "precinct";
        if (types.isEmpty()) {
            return "layout: " + level + ", votes stored as vote type 'all'";
        }
        String columns = types.stream().map(t -> t.type().label() + " (" + t.type().category().label() + ")")
                .collect(Collectors.joining(", "));
        return "layout: " + level + ", one tally per vote-type column: " + columns
                + (votes < 0 ? "" : "; votes checked against their sum")
                + "; a blank cell beside filled ones counts 0; a row with every vote-type cell blank "
                + (votes < 0 ? "is refused" : "keeps its votes as vote type 'all'");
    }

    private static List<String> names(List<String> header) {
        List<String> names = new ArrayList<>(header.size());
        for (String name : header) {
            names.add(names.isEmpty() ? name.replace("\uFEFF", "").strip() : name.strip());
        }
        return names;
    }

    private static Map<String, Integer> index(List<String> names, long line, ReadContext context) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).isEmpty()) {
                throw context.error(line, "header column " + (i + 1) + " has no name");
            }
            Integer before = index.putIfAbsent(names.get(i).toLowerCase(Locale.ROOT), i);
            if (before != null) {
                throw context.error(line, "header column " + InputException.echo(names.get(i))
                        + " appears twice (columns " + (before + 1) + " and " + (i + 1) + ")");
            }
        }
        return index;
    }

    private static void requireColumns(Map<String, Integer> index, List<String> names, long line,
            ReadContext context) {
        List<String> missing = REQUIRED.stream().filter(c -> !index.containsKey(c)).toList();
        if (missing.size() == REQUIRED.size()) {
            throw context.error(line, "unknown layout: not an OpenElections header, which names county, office "
                    + "and candidate columns (it is " + InputException.echo(String.join(",", names)) + ")");
        }
        if (!missing.isEmpty()) {
            throw context.error(line, "missing required columns: " + String.join(", ", missing));
        }
    }
}
