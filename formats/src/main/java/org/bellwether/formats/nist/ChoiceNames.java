package org.bellwether.formats.nist;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.bellwether.core.Choice;
import org.bellwether.formats.InputException;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.nist.CountsParser.Selection;

/**
 * The model's choice for a ContestSelection: its candidates' ballot names ({@code Harry Brown / Jim Doyle} for a
 * ticket) with the first candidate's party, its parties' names for a straight-party selection, its text for a
 * ballot measure ({@code YES}), {@code Write-in} for a write-in without a candidate. Declared aliases and choice
 * facts apply as in every reader. A name a contest already has gets a number ({@code Write-in 2}: gen-01's County
 * Assessor has two write-in lines), since the model tells choices apart by name.
 */
final class ChoiceNames {

    static final String WRITE_IN = "Write-in";

    private final Directory directory;
    private final Lookup lookup;
    private final ReadOptions options;
    private final String file;
    private final Map<Integer, Map<String, Integer>> seen = new HashMap<>();
    private int numbered;
    private int aliased;

    ChoiceNames(Directory directory, Lookup lookup, ReadOptions options, String file) {
        this.directory = directory;
        this.lookup = lookup;
        this.options = options;
        this.file = file;
    }

    int numbered() {
        return numbered;
    }

    int aliased() {
        return aliased;
    }

    Choice choice(int contest, Selection s) {
        Choice named = named(s);
        String name = options.aliases().canonical(named.name()).orElse(named.name());
        aliased += name.equals(named.name()) ? 0 : 1;
        var facts = options.metadata().of(name);
        Optional<String> party = named.party().or(() -> facts.flatMap(f -> f.party()));
        boolean writeIn = named.writeIn() || facts.map(f -> f.writeIn()).orElse(false);
        int n = seen.computeIfAbsent(contest, c -> new HashMap<>()).merge(name, 1, Integer::sum);
        if (n > 1) {
            numbered++;
        }
        return new Choice(n == 1 ? name : name + " " + n, party, writeIn);
    }

    private Choice named(Selection s) {
        if (!s.candidates().isEmpty()) {
            List<Directory.Candidate> cs = s.candidates().stream()
                    .map(r -> directory.candidates().get(lookup.candidate(r, "CandidateIds"))).toList();
            Optional<String> party = cs.get(0).party()
                    .map(p -> directory.parties().get(lookup.party(p, "PartyId")).label());
            return new Choice(cs.stream().map(Directory.Candidate::name).collect(Collectors.joining(" / ")), party,
                    s.writeIn());
        }
        if (!s.parties().isEmpty()) {
            List<Directory.Party> ps = s.parties().stream()
                    .map(r -> directory.parties().get(lookup.party(r, "PartyIds"))).toList();
            return new Choice(ps.stream().map(Directory.Party::name).collect(Collectors.joining(" / ")),
                    Optional.of(ps.get(0).label()), false);
        }
        if (s.text().filter(t -> !t.isBlank()).isPresent()) {
            return new Choice(s.text().orElseThrow(), Optional.empty(), s.writeIn());
        }
        if (s.writeIn()) {
            return new Choice(WRITE_IN, Optional.empty(), true);
        }
        throw new InputException(file, s.at(), "ContestSelection " + InputException.echo(s.id())
                + " names no candidate, party or ballot measure selection");
    }
}
