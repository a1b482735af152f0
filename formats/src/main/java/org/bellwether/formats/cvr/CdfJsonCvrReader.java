package org.bellwether.formats.cvr;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.core.rule.BallotRules;
import org.bellwether.formats.InputException;

/**
 * NIST SP 1500-103 cast vote records in JSON (RCTab's {@code cdf} provider), streamed in two passes: the first
 * skips the {@code CVR} array and reads the election's candidates, contest selections and GpUnits (the schema's
 * key order puts them after the CVRs); the second reads one CVR at a time, as {@link CdfDirectory} reads it. Memory
 * holds the directory and one CVR. The precinct is the name of the {@code BallotStyleUnitId} GpUnit. A CVR whose
 * snapshot lacks the contest was not cast in it and is passed over.
 */
final class CdfJsonCvrReader {

    private final CvrSource source;
    private final String file;
    private final CdfDirectory directory;

    private CdfJsonCvrReader(CvrSource source, Map<String, Integer> names, int uwi, int maxRankings) {
        this.source = source;
        this.file = source.path().getFileName().toString();
        this.directory = new CdfDirectory(source, names, uwi, maxRankings, false);
    }

    static void read(CvrSource source, Map<String, Integer> names, int uwi, int maxRankings,
            RankedBallots.Builder ballots) {
        new CdfJsonCvrReader(source, names, uwi, maxRankings).read(ballots);
    }

    private void read(RankedBallots.Builder ballots) {
        try {
            directory();
            cvrs(ballots);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr();
            throw new InputException(file, where, "is not valid JSON: " + XlsxSheet.capped(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new InputException(file, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private JsonParser open() throws IOException {
        InputStream in = Files.newInputStream(source.path());
        JsonParser parser = JsonTree.FACTORY.createParser(in);
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            parser.close();
            throw new InputException(file, "$", "is not a JSON object: not a NIST CDF cast vote record report");
        }
        return parser;
    }

    private void directory() throws IOException {
        try (JsonParser parser = open()) {
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (key) {
                    case "Election" -> directory.elections(list(JsonTree.value(parser, value), "$.Election"), "$.Election");
                    case "GpUnit" -> directory.gpUnits(list(JsonTree.value(parser, value), "$.GpUnit"), "$.GpUnit");
                    default -> parser.skipChildren();
                }
            }
        }
        directory.requireContest("$.Election");
    }

    private void cvrs(RankedBallots.Builder ballots) throws IOException {
        try (JsonParser parser = open()) {
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String key = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!key.equals("CVR")) {
                    parser.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw new InputException(file, "$.CVR", "is not a JSON array");
                }
                long index = 0;
                int[] marks = new int[16];
                for (JsonToken e = parser.nextToken(); e != JsonToken.END_ARRAY; e = parser.nextToken()) {
                    String at = "$.CVR[" + index++ + "]";
                    Map<String, Object> cvr = object(JsonTree.value(parser, e), at);
                    List<int[]> found = new ArrayList<>();
                    if (directory.rankings(cvr, at, found)) {
                        if (marks.length < found.size()) {
                            marks = new int[found.size() * 2];
                        }
                        for (int i = 0; i < found.size(); i++) {
                            marks[i] = RankedBallots.mark(found.get(i)[0], found.get(i)[1]);
                        }
                        String precinct = directory.precinct(cvr.get("BallotStyleUnitId"), at);
                        ballots.add(marks, found.size(), precinct, 1);
                    }
                }
            }
        }
    }

    private Map<String, Object> object(Object value, String at) {
        return CvrJsonValues.object(value, at, file);
    }

    private List<Object> list(Object value, String at) {
        return CvrJsonValues.list(value, at, file);
    }
}
