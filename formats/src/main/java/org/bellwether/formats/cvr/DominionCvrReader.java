package org.bellwether.formats.cvr;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bellwether.core.ranked.BallotIdentity;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.core.rule.BallotRules;
import org.bellwether.formats.InputException;

/**
 * Dominion's cast-vote-record export (RCTab's {@code dominion} provider): a folder with {@code CvrExport.json} or
 * {@code CvrExport_N.json} files (read in name order) beside the manifests. Each session's current record (the
 * original if it is current, else the modified one; a session with neither is passed over) gives, for the
 * source's contest (its {@code Id}, the source's {@code contestId}), the marks' ranks and candidate ids; ambiguous
 * marks are passed over, and a contest with outstack condition 7 ("exclude contest") is not counted. Candidate ids
 * are matched to the configuration's candidates through their aliases (RCTab's way: the id is an alias) and the
 * undeclared write-in label. Precincts come from {@code PrecinctManifest.json}. Each export file is streamed one
 * session at a time.
 */
final class DominionCvrReader {

    private static final String EXCLUDE_CONTEST = "7";

    private final CvrSource source;
    private final Path folder;
    private final Map<String, Integer> names;
    private final int uwi;
    private final int maxRankings;
    private final Map<String, String> precincts = new HashMap<>();
    private String file;

    private Map<String, String> portions;

    private DominionCvrReader(CvrSource source, Map<String, Integer> names, int uwi, int maxRankings) {
        this.source = source;
        this.folder = source.path();
        this.names = names;
        this.uwi = uwi;
        this.maxRankings = maxRankings;
    }

    static void read(CvrSource source, Map<String, Integer> names, int uwi, int maxRankings,
            RankedBallots.Builder ballots) {
        new DominionCvrReader(source, names, uwi, maxRankings).read(ballots);
    }

    private void read(RankedBallots.Builder ballots) {
        if (!Files.isDirectory(folder)) {
            throw new InputException(folder.getFileName() + "", "", "is not a folder: a Dominion export is a folder"
                    + " of CvrExport and manifest files");
        }
        try {
            contest();
            precinctManifest();
            for (Path export : exports()) {
                file = export.getFileName().toString();
                sessions(export, ballots);
            }
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr();
            throw new InputException(file, where, "is not valid JSON: " + XlsxSheet.capped(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new InputException(file == null ? folder.toString() : file, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private List<Path> exports() throws IOException {
        Path single = folder.resolve("CvrExport.json");
        if (Files.exists(single)) {
            return List.of(single);
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> exports = files.filter(p -> p.getFileName().toString().matches("CvrExport_\\d+\\.json"))
                    .sorted().toList();
            if (exports.isEmpty()) {
                throw new InputException(folder.getFileName() + "", "", "has no CvrExport.json or CvrExport_N.json");
            }
            return exports;
        }
    }

    private List<Object> manifest(String name) throws IOException {
        file = name;
        Path path = folder.resolve(name);
        if (!Files.exists(path)) {
            throw new InputException(name, "", "is missing from the Dominion export folder");
        }
        try (InputStream in = Files.newInputStream(path)) {
            Map<String, Object> root = object(JsonTree.read(in), "$");
            return list(root.get("List"), "$.List");
        }
    }

    private void contest() throws IOException {
        List<Object> contests = manifest("ContestManifest.json");
        for (int i = 0; i < contests.size(); i++) {
            if (source.contestId().equals(String.valueOf(object(contests.get(i), "$.List[" + i + "]").get("Id")))) {
                return;
            }
        }
        throw new InputException("ContestManifest.json", "$.List", "has no contest with Id "
                + InputException.echo(source.contestId()) + " (the source's contestId)");
    }

    private void precinctManifest() throws IOException {
        List<Object> list = manifest("PrecinctManifest.json");
        for (int i = 0; i < list.size(); i++) {
            Map<String, Object> p = object(list.get(i), "$.List[" + i + "]");
            precincts.put(String.valueOf(p.get("Id")), String.valueOf(p.getOrDefault("Description", "")));
        }
    }

    private void sessions(Path export, RankedBallots.Builder ballots) throws IOException {
        try (InputStream in = Files.newInputStream(export); JsonParser parser = JsonTree.FACTORY.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new InputException(file, "$", "is not a JSON object: not a Dominion CvrExport");
            }
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!key.equals("Sessions")) {
                    parser.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw new InputException(file, "$.Sessions", "is not a JSON array");
                }
                long index = 0;
                for (JsonToken e = parser.nextToken(); e != JsonToken.END_ARRAY; e = parser.nextToken()) {
                    String at = "$.Sessions[" + index++ + "]";
                    session(object(JsonTree.value(parser, e), at), at, ballots);
                }
            }
        }
    }

    private void session(Map<String, Object> session, String at, RankedBallots.Builder ballots) {
        Map<String, Object> record = object(session.get("Original"), at + ".Original");
        String where = at + ".Original";
        if (!Boolean.TRUE.equals(record.get("IsCurrent"))) {
            if (!session.containsKey("Modified")) {
                return;
            }
            record = object(session.get("Modified"), at + ".Modified");
            where = at + ".Modified";
        }
        Object precinctId = record.get("PrecinctId");
        String precinct = null;
        if (precinctId != null) {
            precinct = precincts.get(String.valueOf(precinctId));
            if (precinct == null) {
                throw new InputException(file, where + ".PrecinctId", "precinct " + precinctId
                        + " is not in PrecinctManifest.json");
            }
        }
        List<Object> cards = record.containsKey("Cards") ? list(record.get("Cards"), where + ".Cards")
                : List.of(record);
        for (int c = 0; c < cards.size(); c++) {
            String cat = where + ".Cards[" + c + "]";
            List<Object> contests = list(object(cards.get(c), cat).getOrDefault("Contests", List.of()),
                    cat + ".Contests");
            for (int k = 0; k < contests.size(); k++) {
                String kat = cat + ".Contests[" + k + "]";
                Map<String, Object> contest = object(contests.get(k), kat);
                if (!source.contestId().equals(String.valueOf(contest.get("Id")))) {
                    continue;
                }
                List<Object> outstack = list(contest.getOrDefault("OutstackConditionIds", List.of()),
                        kat + ".OutstackConditionIds");
                if (outstack.stream().map(String::valueOf).anyMatch(EXCLUDE_CONTEST::equals)) {
                    continue;
                }
                List<Object> marks = list(contest.getOrDefault("Marks", List.of()), kat + ".Marks");
                int[] packed = new int[marks.size()];
                int n = 0;
                for (int m = 0; m < marks.size(); m++) {
                    String mat = kat + ".Marks[" + m + "]";
                    Map<String, Object> mark = object(marks.get(m), mat);
                    if (Boolean.TRUE.equals(mark.get("IsAmbiguous"))) {
                        continue;
                    }
                    packed[n++] = RankedBallots.mark(rank(mark.get("Rank"), mat), candidate(mark.get("CandidateId"),
                            mat));
                }
                if (ballots.keepsIdentities()) {
                    ballots.add(packed, n, precinct, identity(session, cards.size() > 1 ? c + 1 : 0, record));
                } else {
                    ballots.add(packed, n, precinct, 1);
                }
            }
        }
    }

    private int candidate(Object raw, String at) {
        String id = String.valueOf(raw);
        if (uwi >= 0 && id.equals(source.undeclaredWriteInLabel())) {
            return uwi;
        }
        Integer index = names.get(id);
        if (index == null) {
            throw new InputException(file, at + ".CandidateId", "candidate " + InputException.echo(id)
                    + " is not a candidate or alias of the configuration");
        }
        return index;
    }

    private int rank(Object raw, String at) {
        return CvrJsonValues.rank(raw, at, file, maxRankings);
    }

    private Map<String, Object> object(Object value, String at) {
        return CvrJsonValues.object(value, at, file);
    }

    private List<Object> list(Object value, String at) {
        return CvrJsonValues.list(value, at, file);
    }


    /**
     * A ballot's identity: for the store, {@code TabulatorId-BatchId-RecordId}, with the card's number when the
     * record has several; for RCTab's export, RCTab's id (the same three, without the card), the vendor's
     * {@code RecordId} and the precinct portion named by {@code PrecinctPortionManifest.json}.
     */
    private BallotIdentity identity(Map<String, Object> session, int card,
            Map<String, Object> record) {
        String tabulator = named(session.get("TabulatorId"));
        String batch = named(session.get("BatchId"));
        String recordId = named(session.get("RecordId"));
        String rctab = java.util.stream.Stream.of(tabulator, batch, recordId).filter(s -> s != null && !s.isBlank())
                .collect(java.util.stream.Collectors.joining("-"));
        Object portion = record.get("PrecinctPortionId");
        return new BallotIdentity(tabulator + "-" + batch + "-" + recordId
                + (card > 0 ? "-" + card : ""), batch, tabulator, rctab, recordId,
                portion == null ? null : portions().get(String.valueOf(portion)));
    }

    /** The precinct portions' names by id, read once when a ballot's identity first needs them. */
    private Map<String, String> portions() {
        if (portions == null) {
            portions = new java.util.HashMap<>();
            if (Files.exists(folder.resolve("PrecinctPortionManifest.json"))) {
                String was = file;
                try {
                    List<Object> list = manifest("PrecinctPortionManifest.json");
                    for (int i = 0; i < list.size(); i++) {
                        Map<String, Object> p = object(list.get(i), "$.List[" + i + "]");
                        portions.put(String.valueOf(p.get("Id")), String.valueOf(p.getOrDefault("Description", "")));
                    }
                } catch (IOException e) {
                    throw new InputException("PrecinctPortionManifest.json", "", "cannot be read: " + e.getMessage(),
                            e);
                }
                file = was;
            }
        }
        return portions;
    }

    private static String named(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
