package org.bellwether.formats.cvr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.bellwether.formats.InputException;

/**
 * What a cast-vote-record file or folder holds, found without an RCTab configuration: its format (RCTab's provider),
 * the layout RCTab's {@code cvrFileSources} entry would give it, and its contests with their candidates. A
 * configuration equivalent to a count of the files can then be written ({@link RctabConfigJson}) and read back.
 */
public final class CvrDiscovery {

    /** RCTab's providers, as its configuration names them. */
    public static final List<String> PROVIDERS = List.of("ess", "cdf", "dominion", "clearBallot", "genericCsv",
            "hart");

    /**
     * The key of {@link Layout#settings()} that is no source setting but the number of rank columns found (ES&amp;S),
     * the ranks a count reads when not told otherwise: RCTab's {@code maxRankingsAllowed}.
     */
    public static final String RANKS = "maxRankingsAllowed";

    /**
     * A candidate found in the files.
     *
     * @param name the name reports use
     * @param code the code the records use for it (a Dominion or Hart id), or blank when they use the name
     */
    public record Candidate(String name, String code) {
        public Candidate {
            Objects.requireNonNull(name, "candidate name");
            Objects.requireNonNull(code, "candidate code");
        }
    }

    /**
     * A contest found in the files.
     *
     * @param id         what the source's {@code contestId} names it by (blank for a file of one contest)
     * @param name       its name, for the output
     * @param candidates its candidates, in the files' order
     * @param writeIn    the code of its write-in choice (Dominion, Hart), or blank
     */
    public record Contest(String id, String name, List<Candidate> candidates, String writeIn) {
        public Contest {
            Objects.requireNonNull(id, "contest id");
            Objects.requireNonNull(name, "contest name");
            candidates = List.copyOf(candidates);
            Objects.requireNonNull(writeIn, "write-in code");
        }
    }

    /**
     * One input as an RCTab {@code cvrFileSources} entry describes it.
     *
     * @param path     the file or folder read
     * @param provider RCTab's provider
     * @param settings the entry's other keys RCTab reads ({@code firstVoteColumnIndex}, labels, ...), as text
     * @param contests the contests it holds (one for a file of one contest)
     * @param rows     the ballot rows as discovery read them (an ES&amp;S sheet), which a count of the same layout
     *                 takes instead of reading the file again ({@link CastVoteRecords#read(RctabConfig, boolean,
     *                 java.security.interfaces.RSAPublicKey, List)}); {@link RankRows#none()} for any other
     */
    public record Layout(Path path, String provider, Map<String, String> settings, List<Contest> contests,
            RankRows rows) {
        public Layout {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(provider, "provider");
            settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
            contests = List.copyOf(contests);
            Objects.requireNonNull(rows, "rows");
        }

        /** A layout whose rows discovery did not keep. */
        public Layout(Path path, String provider, Map<String, String> settings, List<Contest> contests) {
            this(path, provider, settings, contests, RankRows.none());
        }
    }

    private CvrDiscovery() {
    }

    /** The provider a file or folder looks like, from its name and first bytes; empty when it looks like none. */
    public static Optional<String> detect(Path input) {
        String lower = input.getFileName() == null ? "" : input.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(input)) {
            if (Files.exists(input.resolve("ContestManifest.json"))) {
                return Optional.of("dominion");
            }
            return hasXml(input) ? Optional.of("hart") : Optional.empty();
        }
        if (lower.matches("cvrexport(_\\d+)?\\.json") && Files.exists(siblings(input).resolve("ContestManifest.json"))) {
            return Optional.of("dominion");
        }
        String head = head(input);
        if (head.startsWith("PK") && lower.endsWith(".xlsx")) {
            return Optional.of("ess");
        }
        if (lower.endsWith(".json") || lower.endsWith(".xml")) {
            return head.contains("CastVoteRecordReport") || head.contains("\"CVR\"") ? Optional.of("cdf")
                    : Optional.empty();
        }
        if (lower.endsWith(".csv")) {
            String header = head.lines().findFirst().orElse("");
            if (header.contains("Choice_") && header.contains(":")) {
                return Optional.of("clearBallot");
            }
            // RCTab's generic CSV has no mark of its own (any table of names and numbers looks like one), so it
            // is read only when --cvr-format names it: a results CSV given with --rule irv stays a results file
            return SheetLayouts.rankHeader(header) ? Optional.of("ess") : Optional.empty();
        }
        return Optional.empty();
    }

    /** Reads what a provider's input holds; a file it cannot read as that provider is bad input. */
    public static Layout discover(Path input, String provider) {
        Path path = provider.equals("dominion") && !Files.isDirectory(input) ? siblings(input) : input;
        return switch (provider) {
            case "ess" -> SheetLayouts.ess(path);
            case "genericCsv" -> SheetLayouts.genericCsv(path);
            case "clearBallot" -> SheetLayouts.clearBallot(path);
            case "cdf" -> ReportContests.cdf(path);
            case "dominion" -> ReportContests.dominion(path);
            case "hart" -> ReportContests.hart(path);
            default -> throw new InputException(name(input), "", "provider " + InputException.echo(provider)
                    + " is not one of " + String.join(", ", PROVIDERS));
        };
    }

    static String name(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }

    private static Path siblings(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }

    private static boolean hasXml(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.anyMatch(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"));
        } catch (IOException e) {
            throw new InputException(name(folder), "", "cannot be read: " + e.getMessage(), e);
        }
    }

    /** The first 4 KiB as text, enough for a header row or a report's first keys. */
    private static String head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return new String(in.readNBytes(4096), StandardCharsets.UTF_8).stripLeading();
        } catch (IOException e) {
            throw new InputException(name(file), "", "cannot be read: " + e.getMessage(), e);
        }
    }

    /** A contest built in reading order, its candidates distinct by name. */
    static final class Found {
        private final String id;
        private final String name;
        private final Map<String, Candidate> candidates = new LinkedHashMap<>();
        private String writeIn = "";

        Found(String id, String name) {
            this.id = id;
            this.name = name;
        }

        void add(String candidate, String code) {
            int most = org.bellwether.core.ranked.RankedBallots.MAX_CANDIDATES;
            if (candidates.size() >= most && !candidates.containsKey(candidate)) {
                throw new InputException(name, "", "has more than " + most + " candidates (RankedBallots.MAX_CANDIDATES)");
            }
            candidates.putIfAbsent(candidate, new Candidate(candidate, code));
        }

        void writeIn(String code) {
            writeIn = code;
        }

        Contest contest() {
            return new Contest(id, name, new ArrayList<>(candidates.values()), writeIn);
        }
    }
}
