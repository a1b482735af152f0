package org.bellwether.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.core.Election;
import org.bellwether.formats.ReadOptions;

/**
 * Reads the paths a user gives as the elections they hold: the files of one election (one per county) are read
 * as one, and a first round given beside its runoff stays a separate election. Each path (a file or a folder) is
 * read on its own first; paths whose elections have the same name, kind and state are then read again together,
 * so that their votes are one count.
 */
final class Elections {

    private Elections() {
    }

    static List<Election> read(List<Path> paths, ReadOptions options, PrintWriter err) {
        if (paths.size() == 1) {
            return List.of(Inputs.read(paths, options, err));
        }
        Map<String, List<Path>> groups = new LinkedHashMap<>();
        Map<String, Election> alone = new LinkedHashMap<>();
        for (Path path : paths) {
            Election e = Inputs.read(List.of(path), options, err);
            String key = e.name() + "\0" + e.type() + "\0" + e.state().orElse("");
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(path);
            alone.putIfAbsent(key, e);
        }
        List<Election> out = new ArrayList<>();
        groups.forEach((key, group) -> out.add(group.size() == 1 ? alone.get(key) : Inputs.read(group, options, err)));
        return out;
    }

    /**
     * The election's notes that concern the contests reported: a note naming another contest, and none of these,
     * is left out, so that {@code --contest} shows only what bears on its contest.
     */
    static Election notesFor(Election e, List<Integer> contests) {
        if (contests.size() == e.contests().size()) {
            return e;
        }
        List<String> chosen = contests.stream().map(i -> e.contests().get(i).name()).toList();
        List<String> others = new ArrayList<>();
        for (int i = 0; i < e.contests().size(); i++) {
            if (!contests.contains(i)) {
                others.add(e.contests().get(i).name());
            }
        }
        List<String> kept = e.notes().stream().filter(n -> chosen.stream().anyMatch(n::contains)
                || others.stream().noneMatch(n::contains)).toList();
        return e.withNotes(kept);
    }
}
