package org.bellwether.formats.gasos;

import org.bellwether.formats.ReaderNotes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bellwether.formats.InputException;

/**
 * Reads one results block (the state's or a county's) into {@link Export} records. Fields may come in any order,
 * so each object is collected whole before its record is made; a block is small (one county), which is what
 * keeps the read streaming over the file as a whole. Fields the format has but Bellwether does not use (ids,
 * ballot order, reporting status) are skipped without a note; unknown ones are skipped and noted once.
 */
final class BlockParser {

    /** What an object of the export has said about itself so far. */
    private static final class Fields {
        String name;
        String party;
        int voteFor;
        long votes = -1;
        String votesAt;
    }

    private final JsonCursor in;
    private final ReaderNotes notes;

    BlockParser(JsonCursor in, ReaderNotes notes) {
        this.in = in;
        this.notes = notes;
    }

    Export.Block block() {
        String at = in.path();
        Fields f = new Fields();
        List<Export.Item> items = new ArrayList<>();
        in.object(field -> {
            switch (field) {
                case "name" -> f.name = in.text();
                case "ballotItems" -> in.array(() -> items.add(item()));
                case "id", "reportingStatuses" -> in.skip();
                default -> {
                    return false;
                }
            }
            return true;
        });
        return new Export.Block(required(f.name, "name", at), at, items);
    }

    private Export.Item item() {
        String at = in.path();
        Fields f = new Fields();
        List<Export.Option> options = new ArrayList<>();
        in.object(field -> {
            switch (field) {
                case "name" -> f.name = in.text();
                case "voteFor" -> f.voteFor = in.voteFor();
                case "ballotOptions" -> in.array(() -> options.add(option()));
                case "rankedChoiceResults" -> skipRankedChoice();
                case "id", "type", "ballotOrder", "contestType", "precinctsParticipating", "precinctsReporting" ->
                    in.skip();
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (f.voteFor == 0) {
            throw missing("voteFor", at);
        }
        return new Export.Item(required(f.name, "name", at), f.voteFor, at, options);
    }

    private Export.Option option() {
        String at = in.path();
        Fields f = new Fields();
        List<Export.Group> groups = new ArrayList<>();
        List<Export.Precinct> precincts = new ArrayList<>();
        in.object(field -> {
            switch (field) {
                case "name" -> f.name = in.text();
                case "politicalParty" -> f.party = in.text();
                case "voteCount" -> votes(f);
                case "groupResults" -> in.array(() -> groups.add(group()));
                case "precinctResults" -> in.array(() -> precincts.add(precinct()));
                case "id", "ballotOrder" -> in.skip();
                default -> {
                    return false;
                }
            }
            return true;
        });
        Optional<String> party = Optional.ofNullable(f.party).map(String::strip).filter(p -> !p.isEmpty());
        return new Export.Option(required(f.name, "name", at), party, at, counted(f, at, groups), precincts);
    }

    private Export.Precinct precinct() {
        String at = in.path();
        Fields f = new Fields();
        List<Export.Group> groups = new ArrayList<>();
        in.object(field -> {
            switch (field) {
                case "name" -> f.name = in.text();
                case "voteCount" -> votes(f);
                case "groupResults" -> in.array(() -> groups.add(group()));
                case "id", "isVirtual", "reportingStatus" -> in.skip();
                default -> {
                    return false;
                }
            }
            return true;
        });
        return new Export.Precinct(required(f.name, "name", at), at, counted(f, at, groups));
    }

    private Export.Group group() {
        String at = in.path();
        Fields f = new Fields();
        in.object(field -> {
            switch (field) {
                case "groupName" -> f.name = in.text();
                case "voteCount" -> votes(f);
                case "isFromVirtualPrecinct" -> in.skip();
                default -> {
                    return false;
                }
            }
            return true;
        });
        String label = required(f.name, "groupName", at);
        Export.Counted count = counted(f, at, List.of());
        return new Export.Group(label, count.votes(), count.at());
    }

    private void votes(Fields f) {
        f.votesAt = in.path();
        f.votes = in.votes();
    }

    private Export.Counted counted(Fields f, String at, List<Export.Group> groups) {
        if (f.votesAt == null) {
            throw missing("voteCount", at);
        }
        return new Export.Counted(f.votes, f.votesAt, groups);
    }

    /** Ranked-choice rounds are not part of Bellwether's model yet: say so rather than drop them silently. */
    private void skipRankedChoice() {
        if (!in.isNull()) {
            notes.once("ignored " + in.pathPattern() + " (ranked-choice rounds are not read)");
        }
        in.skip();
    }

    private String required(String value, String field, String at) {
        if (value == null || value.isBlank()) {
            throw missing(field, at);
        }
        return value.strip();
    }

    private InputException missing(String field, String at) {
        return in.errorAt(at, "\"" + field + "\" is missing or empty");
    }
}
