package org.bellwether.formats.nist;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.formats.InputException;
import org.bellwether.formats.nist.Directory.Ref;

/**
 * The objects of a {@link Directory} by ObjectId, with every reference among them checked: an ID the file uses but
 * never defines is bad input naming the element and the ID. ObjectIds are unique across the whole document, as
 * {@code xsd:ID} requires.
 */
final class Lookup {

    private final String file;
    private final Map<String, Integer> units = new HashMap<>();
    private final Map<String, Integer> parties = new HashMap<>();
    private final Map<String, Integer> candidates = new HashMap<>();
    private final Map<String, String> seen = new HashMap<>();

    Lookup(Directory d, String file) {
        this.file = file;
        index(d.units(), units, Directory.Unit::id, Directory.Unit::at);
        index(d.parties(), parties, Directory.Party::id, Directory.Party::at);
        index(d.candidates(), candidates, Directory.Candidate::id, Directory.Candidate::at);
        d.contests().forEach(c -> unique(c.id(), c.at()));
        unit(d.election().scope(), "ElectionScopeId");
        for (Directory.Unit u : d.units()) {
            u.composing().forEach(id -> unit(new Ref(id, u.composingAt()), "ComposingGpUnitIds"));
        }
        d.candidates().forEach(c -> c.party().ifPresent(p -> party(p, "PartyId")));
        d.contests().forEach(c -> unit(c.district(), "ElectionDistrictId"));
    }

    private <T> void index(List<T> items, Map<String, Integer> into, java.util.function.Function<T, String> id,
            java.util.function.Function<T, String> at) {
        for (T item : items) {
            unique(id.apply(item), at.apply(item));
            into.put(id.apply(item), into.size());
        }
    }

    private void unique(String id, String at) {
        String first = seen.putIfAbsent(id, at);
        if (first != null) {
            throw new InputException(file, at, "ObjectId " + InputException.echo(id) + " is used twice (first at "
                    + first + ")");
        }
    }

    int unit(Ref ref, String field) {
        return find(units, ref, field, "GpUnit");
    }

    int party(Ref ref, String field) {
        return find(parties, ref, field, "Party");
    }

    int candidate(Ref ref, String field) {
        return find(candidates, ref, field, "Candidate");
    }

    private int find(Map<String, Integer> index, Ref ref, String field, String kind) {
        Integer i = index.get(ref.id());
        if (i == null) {
            throw new InputException(file, ref.at(), field + " " + InputException.echo(ref.id()) + " refers to no "
                    + kind);
        }
        return i;
    }
}
