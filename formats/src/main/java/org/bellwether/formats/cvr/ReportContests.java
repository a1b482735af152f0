package org.bellwether.formats.cvr;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.bellwether.formats.InputException;

/**
 * The contests and candidates of the cast-vote records that declare them: a NIST SP 1500-103 report's
 * {@code Election}s (JSON or XML), a Dominion export's manifests, and the contests of Hart's ballot files.
 */
final class ReportContests {

    private static final Set<String> XML_LISTS = Set.of("Election", "Candidate", "Contest", "ContestSelection",
            "CandidateIds");

    /** The label given to a NIST report's write-in selections, which the records mark by IsWriteIn, not by text. */
    private static final String WRITE_IN = "UWI";

    private ReportContests() {
    }

    /** A NIST report: each election's contests (by {@code Name}), their selections' candidates by name. */
    static CvrDiscovery.Layout cdf(Path path) {
        String file = CvrDiscovery.name(path);
        List<Object> elections = file.toLowerCase(Locale.ROOT).endsWith(".xml") ? xmlElections(path)
                : jsonElections(path);
        List<CvrDiscovery.Contest> contests = new ArrayList<>();
        for (Object e : elections) {
            Map<String, Object> election = CvrJsonValues.object(e, "Election", file);
            Map<String, String> names = new HashMap<>();
            for (Object c : CvrJsonValues.list(election.getOrDefault("Candidate", List.of()), "Candidate", file)) {
                Map<String, Object> candidate = CvrJsonValues.object(c, "Candidate", file);
                if (candidate.get("Name") instanceof String name) {
                    names.put(String.valueOf(candidate.get("@id")), name);
                }
            }
            for (Object c : CvrJsonValues.list(election.getOrDefault("Contest", List.of()), "Contest", file)) {
                Map<String, Object> contest = CvrJsonValues.object(c, "Contest", file);
                String name = contest.get("Name") instanceof String n ? n : "";
                CvrDiscovery.Found found = new CvrDiscovery.Found(name, name);
                for (Object s : CvrJsonValues.list(contest.getOrDefault("ContestSelection", List.of()),
                        "ContestSelection", file)) {
                    Map<String, Object> selection = CvrJsonValues.object(s, "ContestSelection", file);
                    List<Object> ids = CvrJsonValues.list(selection.getOrDefault("CandidateIds", List.of()),
                            "CandidateIds", file);
                    String candidate = ids.isEmpty() ? null : names.get(String.valueOf(ids.get(0)));
                    if ("true".equals(String.valueOf(selection.get("IsWriteIn")))) {
                        found.writeIn(WRITE_IN); // any label: RCTab then counts write-ins as one candidate
                    } else if (candidate != null) {
                        found.add(candidate, "");
                    }
                }
                contests.add(found.contest());
            }
        }
        if (contests.isEmpty()) {
            throw new InputException(file, "", "declares no contest (no Election with a Contest)");
        }
        return new CvrDiscovery.Layout(path, "cdf", Map.of("undeclaredWriteInLabel", ""), contests);
    }

    /** The top-level {@code Election} values of a JSON report, the rest passed over without being kept. */
    private static List<Object> jsonElections(Path path) {
        String file = CvrDiscovery.name(path);
        List<Object> elections = new ArrayList<>();
        try (InputStream in = Files.newInputStream(path); JsonParser parser = JsonTree.FACTORY.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InputException(file, "$", "is not a JSON object: not a NIST CDF cast vote record report");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (key.equals("Election")) {
                    elections.addAll(CvrJsonValues.list(JsonTree.value(parser, value), "$.Election", file));
                } else {
                    parser.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr();
            throw new InputException(file, where, "is not valid JSON: " + XlsxSheet.capped(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new InputException(file, "", "cannot be read: " + e.getMessage(), e);
        }
        return elections;
    }

    private static List<Object> xmlElections(Path path) {
        List<Object> elections = new ArrayList<>();
        XmlRecords xml = new XmlRecords(CvrDiscovery.name(path), XML_LISTS);
        xml.read(path, (name, line) -> {
            if (name.equals("Election")) {
                elections.add(xml.build());
            } else {
                xml.skip();
            }
        });
        return elections;
    }

    /**
     * A Dominion export: the contests of {@code ContestManifest.json} ranked on the ballot ({@code NumOfRanks} over
     * 1), by {@code Id}, with the candidates {@code CandidateManifest.json} gives them (name {@code Description},
     * code {@code Id}; the one of {@code Type} {@code WriteIn} is the undeclared write-in).
     */
    static CvrDiscovery.Layout dominion(Path folder) {
        Map<String, CvrDiscovery.Found> contests = new LinkedHashMap<>();
        for (Map<String, Object> contest : manifest(folder, "ContestManifest.json")) {
            if (String.valueOf(contest.get("NumOfRanks")).matches("0*[2-9]|0*[1-9][0-9]+")) {
                String id = String.valueOf(contest.get("Id"));
                contests.put(id, new CvrDiscovery.Found(id, String.valueOf(contest.getOrDefault("Description", id))));
            }
        }
        for (Map<String, Object> candidate : manifest(folder, "CandidateManifest.json")) {
            CvrDiscovery.Found contest = contests.get(String.valueOf(candidate.get("ContestId")));
            String id = String.valueOf(candidate.get("Id"));
            if (contest != null && "WriteIn".equals(candidate.get("Type"))) {
                contest.writeIn(id);
            } else if (contest != null) {
                contest.add(String.valueOf(candidate.getOrDefault("Description", id)), id);
            }
        }
        if (contests.isEmpty()) {
            throw new InputException("ContestManifest.json", "$.List", "has no ranked contest (NumOfRanks over 1)");
        }
        return new CvrDiscovery.Layout(folder, "dominion", Map.of(), contests.values().stream()
                .map(CvrDiscovery.Found::contest).toList());
    }

    private static List<Map<String, Object>> manifest(Path folder, String name) {
        Path path = folder.resolve(name);
        if (!Files.exists(path)) {
            throw new InputException(name, "", "is missing from the Dominion export folder");
        }
        try (InputStream in = Files.newInputStream(path)) {
            Map<String, Object> root = CvrJsonValues.object(JsonTree.read(in), "$", name);
            List<Map<String, Object>> entries = new ArrayList<>();
            List<Object> list = CvrJsonValues.list(root.get("List"), "$.List", name);
            for (int i = 0; i < list.size(); i++) {
                entries.add(CvrJsonValues.object(list.get(i), "$.List[" + i + "]", name));
            }
            return entries;
        } catch (IOException e) {
            throw new InputException(name, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    /** A folder of Hart ballot files: every contest met (by {@code Id}), its options (name, code {@code Id}). */
    static CvrDiscovery.Layout hart(Path folder) {
        Map<String, CvrDiscovery.Found> contests = new LinkedHashMap<>();
        for (Path sheet : hartSheets(folder)) {
            String file = CvrDiscovery.name(sheet);
            Map<String, Object> records = new HashMap<>();
            XmlRecords xml = new XmlRecords(file, Set.of("Contest", "Option"));
            xml.read(sheet, (name, line) -> records.put(name, xml.build()));
            if (!(records.get("Contests") instanceof Map<?, ?> all) || !(all.get("Contest") instanceof List<?> list)) {
                continue;
            }
            for (Object c : list) {
                Map<?, ?> contest = (Map<?, ?>) c;
                String id = String.valueOf(contest.get("Id"));
                CvrDiscovery.Found found = contests.computeIfAbsent(id, k -> new CvrDiscovery.Found(k,
                        contest.get("Name") instanceof String n ? n : k));
                if (contest.get("Options") instanceof Map<?, ?> options && options.get("Option") instanceof List<?> os) {
                    for (Object o : os) {
                        Map<?, ?> option = (Map<?, ?>) o;
                        String code = option.get("Id") instanceof String s ? s : "";
                        found.add(option.get("Name") instanceof String s ? s : code, code);
                    }
                }
            }
        }
        if (contests.isEmpty()) {
            throw new InputException(CvrDiscovery.name(folder), "", "holds no contest in its Hart ballot files");
        }
        return new CvrDiscovery.Layout(folder, "hart", Map.of("undeclaredWriteInLabel", ""),
                contests.values().stream().map(CvrDiscovery.Found::contest).toList());
    }

    private static List<Path> hartSheets(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> {
                String lower = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return lower.endsWith("xml") && !lower.endsWith(".sig.xml") && Files.isRegularFile(f);
            }).limit(CvrLimits.MAX_FILES + 1L).sorted().toList();
        } catch (IOException e) {
            throw new InputException(CvrDiscovery.name(folder), "", "cannot be read: " + e.getMessage(), e);
        }
    }
}
