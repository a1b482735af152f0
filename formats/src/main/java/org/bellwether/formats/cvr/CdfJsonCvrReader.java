package org.bellwether.formats.cvr;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.bellwether.core.ranked.BallotIdentity;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.formats.InputException;

/**
 * NIST SP 1500-103 cast vote records in JSON (RCTab's {@code cdf} provider). The schema's key order puts the
 * election (candidates, contests and their selections) and the GpUnits after the CVRs, so they are read first from
 * the file's tail ({@link TrailingKeys}), or, when they are not both there, found by a cheap pass over the bytes
 * ({@link TopLevelKeys}) and parsed from where they begin; then the CVRs are
 * streamed in one parse, each walked token by token ({@link CdfJsonCvr}) as {@link CdfDirectory} reads a CVR: no
 * tree per CVR, and no set of every object's keys: the walk refuses a repeat of each key it reads. Memory holds the
 * directory and one CVR. The precinct is the name of the {@code BallotStyleUnitId}
 * GpUnit. A CVR whose snapshot lacks the contest was not cast in it and is passed over.
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

    /**
     * Reads the report's ballots; one of {@code minBytes} or more is read on two threads when that is proved safe
     * ({@link CdfJsonHalves}), {@code fresh} making the halves' builders.
     */
    static void read(CvrSource source, Map<String, Integer> names, int uwi, int maxRankings,
            RankedBallots.Builder ballots, java.util.function.Supplier<RankedBallots.Builder> fresh, long minBytes) {
        new CdfJsonCvrReader(source, names, uwi, maxRankings).read(ballots, fresh, minBytes);
    }

    /** The report's ballots read by halves cut at {@code cut} ({@link CdfJsonHalves#readAt}), if that is safe. */
    static boolean readAt(CvrSource source, Map<String, Integer> names, int uwi, int maxRankings, long cut,
            RankedBallots.Builder ballots, java.util.function.Supplier<RankedBallots.Builder> fresh)
            throws IOException {
        CdfJsonCvrReader reader = new CdfJsonCvrReader(source, names, uwi, maxRankings);
        reader.directory();
        return CdfJsonHalves.readAt(source.path(), reader.file, reader.directory, cut, ballots, fresh);
    }

    private void read(RankedBallots.Builder ballots, java.util.function.Supplier<RankedBallots.Builder> fresh,
            long minBytes) {
        try {
            directory();
            if (!CdfJsonHalves.read(source.path(), file, directory, minBytes, ballots, fresh)) {
                cvrs(ballots);
            }
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNr();
            throw new InputException(file, where, "is not valid JSON: " + XlsxSheet.capped(e.getOriginalMessage()), e);
        } catch (IOException e) {
            throw new InputException(file, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private JsonParser open() throws IOException {
        return open(source.path(), file);
    }

    /** A streaming parser on the report, past its opening brace; a file that is not a JSON object is refused. */
    static JsonParser open(java.nio.file.Path path, String file) throws IOException {
        InputStream in = Files.newInputStream(path);
        JsonParser parser = JsonTree.STREAMING.createParser(in);
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            parser.close();
            throw new InputException(file, "$", "is not a JSON object: not a NIST CDF cast vote record report");
        }
        return parser;
    }

    private void directory() throws IOException {
        try (JsonParser parser = open()) {
            parser.nextToken(); // a file that is not an object is refused before the scan
        }
        Map<String, Object> last = TrailingKeys.read(source.path(), "GpUnit", "Election");
        if (!last.isEmpty()) {
            directory.gpUnits(CvrJsonValues.list(last.get("GpUnit"), "$.GpUnit", file), "$.GpUnit");
            directory.elections(CvrJsonValues.list(last.get("Election"), "$.Election", file), "$.Election");
            directory.requireContest("$.Election");
            return;
        }
        List<TopLevelKeys.At> places;
        try (InputStream in = Files.newInputStream(source.path())) {
            places = TopLevelKeys.find(in, "GpUnit", "Election");
        }
        for (String key : new String[] {"GpUnit", "Election"}) {
            for (TopLevelKeys.At at : places) {
                if (!at.key().equals(key)) {
                    continue;
                }
                Object value = valueAt(at);
                if (key.equals("GpUnit")) {
                    directory.gpUnits(CvrJsonValues.list(value, "$.GpUnit", file), "$.GpUnit");
                } else {
                    directory.elections(CvrJsonValues.list(value, "$.Election", file), "$.Election");
                }
            }
        }
        directory.requireContest("$.Election");
    }

    /** The JSON value that begins at a scanned offset; a parse error names the line in the whole file. */
    private Object valueAt(TopLevelKeys.At at) throws IOException {
        try (FileChannel channel = FileChannel.open(source.path())) {
            channel.position(at.offset());
            try (JsonParser parser = JsonTree.FACTORY.createParser(Channels.newInputStream(channel))) {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    throw new InputException(file, "line " + lineAt(at.offset()), "is not valid JSON: a key without"
                            + " a value");
                }
                return JsonTree.value(parser, token);
            } catch (JsonProcessingException e) {
                int line = lineAt(at.offset()) + (e.getLocation() == null ? 0 : e.getLocation().getLineNr() - 1);
                throw new InputException(file, "line " + line, "is not valid JSON: "
                        + XlsxSheet.capped(e.getOriginalMessage()), e);
            }
        }
    }

    private int lineAt(long offset) throws IOException {
        try (InputStream in = Files.newInputStream(source.path())) {
            return TopLevelKeys.lineAt(in, offset);
        }
    }

    private void cvrs(RankedBallots.Builder ballots) throws IOException {
        try (JsonParser parser = open()) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                String key = parser.currentName();
                if (!seen.add(key)) {
                    throw new InputException(file, "line " + parser.currentLocation().getLineNr(), "the report has"
                            + " the key " + InputException.echo(key) + " twice");
                }
                JsonToken value = parser.nextToken();
                if (!key.equals("CVR")) {
                    parser.skipChildren();
                    continue;
                }
                if (value != JsonToken.START_ARRAY) {
                    throw new InputException(file, "$.CVR", "is not a JSON array");
                }
                CdfJsonCvr cvr = new CdfJsonCvr(file, directory);
                long index = 0;
                for (JsonToken e = parser.nextToken(); e != JsonToken.END_ARRAY; e = parser.nextToken()) {
                    cvr.read(parser, e, index++, ballots);
                }
            }
        }
    }

    /**
     * A CVR's identity: for the store, {@code UniqueId}, else {@code BallotPrePrintedId}, else the file and the CVR's
     * JSON path; for RCTab's export, RCTab's id {@code file(N)}, N the ballot's place among the file's ballots of the
     * contest, and the vendor's id, which RCTab takes from {@code BallotPrePrintedId} in the JSON form.
     */
    static BallotIdentity identity(String file, long n, String at, String uniqueId,
            String preprintedId, String batch, String device) {
        String id = uniqueId != null ? uniqueId : preprintedId != null ? preprintedId : file + ":" + at;
        return new BallotIdentity(id, batch, device, file + "(" + n + ")", preprintedId,
                null);
    }
}
