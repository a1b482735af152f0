package org.bellwether.formats.cvr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.bellwether.core.rule.Rule;
import org.bellwether.formats.InputException;

/**
 * Reads an RCTab contest configuration (JSON): every key RCTab's own reader takes, including the labels that
 * configurations before RCTab 1.3 kept under {@code rules} rather than in each source. A key that RCTab would
 * reject or whose setting this count does not implement fails the read naming the key and the value.
 */
public final class RctabConfigReader {

    private static final Set<String> TOP = Set.of("tabulatorVersion", "outputSettings", "cvrFileSources",
            "candidates", "rules");

    private final String file;
    private final Path folder;
    private final String text;
    private final RctabConfigValues values;

    private RctabConfigReader(Path path, String text) {
        this.file = path.getFileName().toString();
        Path parent = path.toAbsolutePath().getParent();
        this.folder = parent == null ? Path.of(".") : parent;
        this.text = text;
        this.values = new RctabConfigValues(file);
    }

    public static RctabConfig read(Path path) {
        return new RctabConfigReader(path, null).read();
    }

    /**
     * Reads a configuration from its text (as the results store keeps it), named {@code file} in messages; its
     * cast-vote-record paths resolve against {@code folder} but are not read.
     */
    public static RctabConfig read(String file, Path folder, String text) {
        return new RctabConfigReader(folder.resolve(file), java.util.Objects.requireNonNull(text, "text")).read();
    }

    /** Whether a file is an RCTab contest configuration: JSON whose first key is one only such files have. */
    public static boolean isConfiguration(Path path) {
        if (!path.toString().endsWith(".json") || !Files.isRegularFile(path)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(path)) {
            String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
            return head.stripLeading().startsWith("{") && (head.contains("\"cvrFileSources\"")
                    || head.contains("\"tabulatorVersion\"") || head.contains("\"outputSettings\""));
        } catch (IOException e) {
            return false;
        }
    }

    private RctabConfig read() {
        Map<String, Object> root = values.object(tree(), "$");
        for (String key : root.keySet()) {
            if (!TOP.contains(key)) {
                throw values.fail("$." + key, "is not a key of an RCTab configuration");
            }
        }
        Map<String, Object> output = values.object(root.getOrDefault("outputSettings", Map.of()),
                "$.outputSettings");
        Map<String, Object> rules = values.object(values.require(root, "rules", "$"), "$.rules");
        List<RctabCandidate> candidates = candidates(values.list(values.require(root, "candidates", "$"),
                "$.candidates"));
        List<CvrSource> sources = sources(values.list(values.require(root, "cvrFileSources", "$"),
                "$.cvrFileSources"), rules);
        RctabRulesReader read = new RctabRulesReader(values);
        int maxRankings = read.maxRankings(rules);
        Rule rule = read.rule(rules, candidates, maxRankings);
        return new RctabConfig(values.text(output, "contestName", "$.outputSettings"),
                values.text(output, "contestDate", "$.outputSettings"),
                values.text(output, "contestJurisdiction", "$.outputSettings"),
                values.text(output, "contestOffice", "$.outputSettings"), sources, candidates, rule, maxRankings,
                values.flag(output, "tabulateByPrecinct", "$.outputSettings"),
                values.text(rules, "rulesDescription", "$.rules"),
                values.flag(output, "tabulateByBatch", "$.outputSettings"));
    }

    private Object tree() {
        try {
            long size = text != null ? text.length() : Files.size(folder.resolve(file));
            if (size > CvrLimits.MAX_CONFIG_BYTES) {
                throw values.fail("", "is " + size + " bytes, more than a contest configuration may be ("
                        + CvrLimits.MAX_CONFIG_BYTES + ", CvrLimits.MAX_CONFIG_BYTES)");
            }
            if (text != null) {
                return JsonTree.read(new java.io.ByteArrayInputStream(text.getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)));
            }
            try (InputStream in = Files.newInputStream(folder.resolve(file))) {
                return JsonTree.read(in);
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr();
            throw new InputException(file, where, "is not valid JSON: " + XlsxSheet.capped(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new InputException(file, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private List<RctabCandidate> candidates(List<Object> raw) {
        List<RctabCandidate> candidates = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < raw.size(); i++) {
            String at = "$.candidates[" + i + "]";
            Map<String, Object> c = values.object(raw.get(i), at);
            String name = values.text(c, "name", at).trim();
            if (name.isEmpty()) {
                throw values.fail(at + ".name", "is blank");
            }
            List<String> aliases = new ArrayList<>();
            String code = values.text(c, "code", at).trim();
            if (!code.isEmpty()) {
                aliases.add(code);
            }
            for (Object alias : values.list(c.getOrDefault("aliases", List.of()), at + ".aliases")) {
                if (!(alias instanceof String s)) {
                    throw values.fail(at + ".aliases", "holds a value that is not a string");
                }
                if (!s.isBlank()) {
                    aliases.add(s.trim());
                }
            }
            for (String n : concat(name, aliases)) {
                if (!seen.add(n)) {
                    throw values.fail(at, "name or alias " + InputException.echo(n) + " is used twice");
                }
            }
            candidates.add(new RctabCandidate(name, aliases, values.flag(c, "excluded", at)));
        }
        if (candidates.isEmpty()) {
            throw values.fail("$.candidates", "is empty: a contest needs candidates");
        }
        return candidates;
    }

    private static List<String> concat(String name, List<String> aliases) {
        List<String> all = new ArrayList<>(aliases);
        all.add(0, name);
        return all;
    }

    private List<CvrSource> sources(List<Object> raw, Map<String, Object> rules) {
        List<CvrSource> sources = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            String at = "$.cvrFileSources[" + i + "]";
            Map<String, Object> s = values.object(raw.get(i), at);
            String path = values.text(s, "filePath", at);
            if (path.isBlank()) {
                throw values.fail(at + ".filePath", "is blank");
            }
            String provider = values.text(s, "provider", at);
            sources.add(new CvrSource(folder.resolve(path).normalize(), provider,
                    column(s, "firstVoteColumnIndex", at).orElse(1), column(s, "firstVoteRowIndex", at).orElse(1),
                    column(s, "idColumnIndex", at), column(s, "batchColumnIndex", at),
                    column(s, "precinctColumnIndex", at), values.text(s, "overvoteDelimiter", at),
                    label(s, rules, "overvoteLabel", at), label(s, rules, "skippedRankLabel", at),
                    label(s, rules, "undeclaredWriteInLabel", at),
                    values.flag(s, "treatBlankAsUndeclaredWriteIn", at)
                            || values.flag(rules, "treatBlankAsUndeclaredWriteIn", "$.rules"),
                    values.text(s, "contestId", at)));
        }
        if (sources.isEmpty()) {
            throw values.fail("$.cvrFileSources", "is empty: a contest needs cast-vote records");
        }
        return sources;
    }

    /** A source's label, or the one older configurations kept under {@code rules} (the skipped rank as undervote). */
    private String label(Map<String, Object> source, Map<String, Object> rules, String key, String at) {
        String own = values.text(source, key, at);
        if (!own.isEmpty() || source.containsKey(key)) {
            return own;
        }
        return values.text(rules, key.equals("skippedRankLabel") ? "undervoteLabel" : key, "$.rules");
    }

    private OptionalInt column(Map<String, Object> map, String key, String at) {
        String raw = values.text(map, key, at).trim();
        if (raw.isEmpty()) {
            return OptionalInt.empty();
        }
        int n = values.integer(raw, at + "." + key);
        if (n < 1 || n > CvrLimits.MAX_COLUMNS) {
            throw values.fail(at + "." + key, "must be 1 to " + CvrLimits.MAX_COLUMNS + ", was " + n);
        }
        return OptionalInt.of(n);
    }

}
