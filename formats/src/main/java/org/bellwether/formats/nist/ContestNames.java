package org.bellwether.formats.nist;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.formats.InputException;

/**
 * The model's contest names. The model tells contests apart by name, but a NIST file may give several contests the
 * same Name: Cambridge 2022 has two {@code REPRESENTATIVE IN CONGRESS}, one per district. Each contest whose Name is
 * shared is named with its district's name, {@code REPRESENTATIVE IN CONGRESS, FIFTH DISTRICT}; a name still shared
 * after that gets its ObjectId, and every renaming is noted.
 */
final class ContestNames {

    private ContestNames() {
    }

    static List<String> of(Directory d, Lookup lookup, List<String> notes) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> uses = uses(d.contests().stream().map(Directory.ContestHead::name).toList());
        for (Directory.ContestHead c : d.contests()) {
            String district = d.units().get(lookup.unit(c.district(), "ElectionDistrictId")).name();
            names.add(uses.get(c.name()) > 1 ? c.name() + ", " + district : c.name());
        }
        Map<String, Integer> still = uses(names);
        List<String> renamed = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (still.get(names.get(i)) > 1) {
                names.set(i, names.get(i) + " (" + d.contests().get(i).id() + ")");
            }
            if (!names.get(i).equals(d.contests().get(i).name())) {
                renamed.add(names.get(i));
            }
        }
        if (!renamed.isEmpty()) {
            notes.add(renamed.size() + " contests that share a Name are named with their district, e.g. "
                    + InputException.echo(renamed.get(0)));
        }
        return names;
    }

    private static Map<String, Integer> uses(List<String> names) {
        Map<String, Integer> uses = new HashMap<>();
        names.forEach(n -> uses.merge(n, 1, Integer::sum));
        return uses;
    }
}
