package org.bellwether.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.core.Election;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.Readers;

/**
 * Reads the paths a user gives as the elections they hold: the files of one election (one per county) are read
 * as one, and a first round given beside its runoff stays a separate election. Every file is read once, several
 * at a time, into a builder of its own; each path's builders are appended into that path's election, and paths
 * whose elections have the same name, kind and state are appended into one, so that their votes are one count.
 */
final class Elections {

    private Elections() {
    }

    static List<Election> read(List<Path> paths, ReadOptions options, PrintWriter err) {
        if (paths.size() == 1) {
            return List.of(Inputs.read(paths, options, err));
        }
        try {
            List<Election> once = readOnce(paths, options);
            if (once != null) {
                return once;
            }
        } catch (RuntimeException e) {
            // A read in turn finds the same error, first in the order the user gave.
        }
        return readInTurn(paths, options, err);
    }

    /** Each file once; null when a read in turn could differ (see {@code ElectionBuilder.append}). */
    static List<Election> readOnce(List<Path> paths, ReadOptions options) {
        List<List<Path>> filesOf = paths.stream().map(p -> Inputs.expand(List.of(p))).toList();
        List<Path> files = filesOf.stream().flatMap(List::stream).toList();
        int[] pathOf = new int[files.size()];
        for (int p = 0, i = 0; p < filesOf.size(); p++) {
            for (int n = 0; n < filesOf.get(p).size(); n++) {
                pathOf[i++] = p;
            }
        }
        ElectionBuilder[] builders = new ElectionBuilder[paths.size()];
        int[] rows = new int[files.size()];
        boolean read = Inputs.READERS.readEach(files, options, (i, part) -> {
            rows[i] = part.tallyCount();
            ElectionBuilder into = builders[pathOf[i]];
            if (into == null) {
                builders[pathOf[i]] = part;
                return true;
            }
            return into.append(part);
        });
        if (!read) {
            return null;
        }
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        List<Election> alone = new ArrayList<>();
        for (int p = 0, first = 0; p < paths.size(); p++) {
            ElectionBuilder b = builders[p];
            groups.computeIfAbsent(b.nameSoFar() + "\0" + b.typeSoFar() + "\0" + b.stateSoFar().orElse(""),
                    k -> new ArrayList<>()).add(p);
            alone.add(Readers.checked(b.build(), filesOf.get(p), firstRows(rows, first, filesOf.get(p).size())));
            first += filesOf.get(p).size();
        }
        List<Election> out = new ArrayList<>();
        for (List<Integer> group : groups.values()) {
            if (group.size() == 1) {
                out.add(alone.get(group.get(0)));
                continue;
            }
            ElectionBuilder whole = builders[group.get(0)];
            List<Path> groupFiles = new ArrayList<>(filesOf.get(group.get(0)));
            for (int p : group.subList(1, group.size())) {
                if (!whole.append(builders[p])) {
                    return null;
                }
                groupFiles.addAll(filesOf.get(p));
            }
            out.add(Readers.checked(whole.build(), groupFiles, groupRows(rows, pathOf, group)));
        }
        return out;
    }

    /** Each file's first tally row in a builder that holds {@code count} files from {@code first} on. */
    private static int[] firstRows(int[] rows, int first, int count) {
        int[] firstRows = new int[count];
        for (int i = 1; i < count; i++) {
            firstRows[i] = firstRows[i - 1] + rows[first + i - 1];
        }
        return firstRows;
    }

    private static int[] groupRows(int[] rows, int[] pathOf, List<Integer> group) {
        List<Integer> sizes = new ArrayList<>();
        for (int p : group) {
            for (int i = 0; i < pathOf.length; i++) {
                if (pathOf[i] == p) {
                    sizes.add(rows[i]);
                }
            }
        }
        int[] firstRows = new int[sizes.size()];
        for (int i = 1; i < firstRows.length; i++) {
            firstRows[i] = firstRows[i - 1] + sizes.get(i - 1);
        }
        return firstRows;
    }

    /**
     * Each path on its own first, then the paths of one election again together: slower, but its errors are the
     * ones the user's order of paths leads to first.
     */
    static List<Election> readInTurn(List<Path> paths, ReadOptions options, PrintWriter err) {
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
