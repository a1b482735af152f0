package org.bellwether.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bellwether.formats.cvr.CvrDiscovery;
import org.bellwether.formats.cvr.RankRows;
import org.bellwether.formats.cvr.RctabConfigJson;
import picocli.CommandLine;

/**
 * The RCTab configuration a count of cast-vote records asked for on the command line amounts to: each input's
 * format and layout found (or given), the contest chosen, its candidates gathered from every input in the order
 * they are first met, and the rules from the options.
 */
final class CvrCount {

    private CvrCount() {
    }

    /** Whether every input looks like cast-vote records (a format is found for it). */
    static boolean allRecords(List<Path> files) {
        return !files.isEmpty() && files.stream().allMatch(f -> java.nio.file.Files.exists(f)
                && CvrDiscovery.detect(f).isPresent());
    }

    /**
     * The configuration a count of cast-vote records amounts to, and the rows its discovery kept.
     *
     * @param text the configuration's JSON text
     * @param rows the ballot rows discovery read (ES&amp;S sheets), which the count takes instead of reading them again
     */
    record Drafted(String text, List<RankRows> rows) {
        Drafted {
            java.util.Objects.requireNonNull(text, "text");
            rows = List.copyOf(rows);
        }
    }

    /**
     * The configuration and what discovery kept. {@code seats} 0 for instant runoff; {@code folder}: where the
     * configuration is written (paths relative to it), or null for absolute paths.
     */
    static Drafted draft(List<Path> files, CvrCountOptions options, String contest, int seats, Path folder,
            CommandLine cl) {
        List<CvrDiscovery.Layout> layouts = layouts(files, options, cl);
        String chosen = contest(layouts, contest, cl);
        Map<String, CvrDiscovery.Candidate> candidates = new LinkedHashMap<>();
        List<RctabConfigJson.Source> sources = new ArrayList<>();
        String name = null;
        int ranks = 0;
        for (CvrDiscovery.Layout layout : layouts) {
            CvrDiscovery.Contest c = pick(layout, chosen);
            name = name == null ? c.name() : name;
            for (CvrDiscovery.Candidate candidate : c.candidates()) {
                candidates.putIfAbsent(candidate.name(), candidate);
            }
            ranks = Math.max(ranks, Integer.parseInt(layout.settings().getOrDefault(CvrDiscovery.RANKS, "0")));
            sources.add(options.source(layout, layout.contests().size() > 1 || !c.id().isEmpty() ? c.id() : "",
                    c.writeIn(), folder));
        }
        for (String excluded : options.excluded) {
            if (!candidates.containsKey(excluded)) {
                throw new CommandLine.ParameterException(cl, "--exclude " + excluded + ": not a candidate of the"
                        + " contest (" + String.join(", ", candidates.keySet()) + ")");
            }
        }
        String text = RctabConfigJson.write(new RctabConfigJson.Draft(name, sources,
                List.copyOf(candidates.values()), options.excluded, options.rules(seats, ranks)));
        return new Drafted(text, layouts.stream().map(CvrDiscovery.Layout::rows).filter(RankRows::kept).toList());
    }

    private static List<CvrDiscovery.Layout> layouts(List<Path> files, CvrCountOptions options, CommandLine cl) {
        List<CvrDiscovery.Layout> layouts = new ArrayList<>();
        Set<Path> read = new LinkedHashSet<>();
        for (Path file : files) {
            if (!java.nio.file.Files.exists(file)) {
                throw new org.bellwether.formats.InputException(file.toString(), "", "no such file or folder");
            }
            String provider = options.format != null ? options.format : CvrDiscovery.detect(file).orElseThrow(() ->
                    new CommandLine.ParameterException(cl, "cannot tell the format of " + file + ": give --cvr-format"
                            + " (" + String.join(", ", CvrDiscovery.PROVIDERS) + ")"));
            CvrDiscovery.Layout layout = CvrDiscovery.discover(file, provider);
            if (read.add(layout.path().toAbsolutePath().normalize())) { // several CvrExport files of one folder
                layouts.add(layout);
            }
        }
        return layouts;
    }

    /** The contest counted: the only one, or the one --contest names (by id or name) among several. */
    private static String contest(List<CvrDiscovery.Layout> layouts, String asked, CommandLine cl) {
        Map<String, String> all = new LinkedHashMap<>();
        for (CvrDiscovery.Layout layout : layouts) {
            for (CvrDiscovery.Contest c : layout.contests()) {
                all.putIfAbsent(c.id(), c.name());
            }
        }
        if (asked == null) {
            if (all.size() == 1) {
                return all.keySet().iterator().next();
            }
            throw new CommandLine.ParameterException(cl, "the records hold " + all.size() + " contests: give --contest"
                    + " with one of " + listed(all));
        }
        for (Map.Entry<String, String> c : all.entrySet()) {
            if (c.getKey().equals(asked) || c.getValue().equalsIgnoreCase(asked)) {
                return c.getKey();
            }
        }
        throw new CommandLine.ParameterException(cl, "--contest " + asked + " is not a contest of the records: "
                + listed(all));
    }

    private static String listed(Map<String, String> contests) {
        List<String> named = new ArrayList<>();
        contests.forEach((id, name) -> named.add(id.equals(name) || id.isEmpty() ? "\"" + name + "\""
                : id + " (\"" + name + "\")"));
        return String.join(", ", named);
    }

    private static CvrDiscovery.Contest pick(CvrDiscovery.Layout layout, String id) {
        Optional<CvrDiscovery.Contest> c = layout.contests().stream().filter(k -> k.id().equals(id)).findFirst();
        return c.orElseGet(() -> layout.contests().size() == 1 ? layout.contests().get(0) : layout.contests().stream()
                .filter(k -> k.name().toLowerCase(Locale.ROOT).equals(id.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new org.bellwether.formats.InputException(layout.path().toString(), "",
                        "has no contest " + org.bellwether.formats.InputException.echo(id))));
    }
}
