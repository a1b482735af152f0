package org.bellwether.formats.specials;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where a runoff's vote flows come from: the earlier round's special-election file, and the runoff's results in
 * the units the earlier round reports (for GA-06: county by vote type, in the Secretary of State's export).
 *
 * @param from    the earlier round's special-election file
 * @param files   the runoff's result patterns with those units, relative to the data root
 * @param contest the runoff contest's name in those files
 */
public record FlowsSpec(Path from, List<String> files, String contest) {

    public FlowsSpec {
        Objects.requireNonNull(from, "from");
        files = List.copyOf(files);
        Objects.requireNonNull(contest, "contest");
    }
}
