package org.bellwether.server;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bellwether.core.Choice;
import org.bellwether.core.ranked.RankedOutcome;
import org.bellwether.core.ranked.RankedSlice;
import org.bellwether.formats.cvr.RankedPassesJson;
import org.bellwether.formats.cvr.RctabSummaryWriter.SliceKind;
import org.bellwether.render.ContestView;
import org.bellwether.store.VersionInfo;

/**
 * Each precinct's (or batch's) share of a ranked count, as RCTab writes it beside its summary when the configuration
 * asks for {@code tabulateByPrecinct} ({@code tabulateByBatch}) and as the command line writes it: the slice's
 * tallies, inactive ballots and transfers in every round, under the count's own decisions and threshold (a precinct
 * decides nothing by itself). A version holds only this listing (ids, names, ballots, URLs); the bodies are built on
 * the first request for one of them, all of a contest's at once from one count, and held by {@link SliceBodies}
 * within a byte budget (Minneapolis 2013, 117 precincts of 33 rounds and 36 candidates: 4.7 MB a version, 40 KB a
 * precinct), rebuilt byte for byte from the stored version when asked for again.
 *
 * @param kind   precinct or batch
 * @param slices each slice, by name, in the order the slices were first read
 */
record SliceRounds(SliceKind kind, Map<String, Slice> slices) {

    /**
     * One slice as served.
     *
     * @param id      its place in the order the slices were first read, from 0 (its ETag names it by this)
     * @param name    as the cast-vote records name it
     * @param ballots its ballots
     * @param url     its rounds at this version (immutable), the name percent-encoded ({@link #EMPTY} when empty)
     */
    record Slice(int id, String name, long ballots, String url) {
    }

    /**
     * The path segment of a slice whose name is empty, as a reader that finds no precinct keeps it. Its {@code @} is
     * a reserved character taken literally: {@link #pathSegment} encodes every {@code @} of a real name as
     * {@code %40}, and RFC 3986 (2.2) makes the two forms different URLs, so no name can be sent as this.
     */
    static final String EMPTY = "@empty";

    SliceRounds {
        Objects.requireNonNull(kind, "slice kind");
        slices = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(slices));
    }

    /**
     * The name a path names, {@code decoded} its last segment: the path as sent ({@code raw}, still encoded) tells
     * the empty name's token from a name {@code @empty} sent as {@code %40empty}.
     */
    static String named(String decoded, String raw) {
        return decoded.equals(EMPTY) && raw.endsWith("/" + EMPTY) ? "" : decoded;
    }

    /** The path segment that names the kind: {@code precincts} or {@code batches}. */
    static String segment(SliceKind kind) {
        return kind == SliceKind.BATCH ? "batches" : "precincts";
    }

    /** The listing of contest {@code c}'s slices, from the first pass's (every pass counts the same ballots). */
    static SliceRounds of(SliceKind kind, ContestView c, String base, List<RankedSlice> first) {
        Map<String, Slice> slices = new LinkedHashMap<>();
        for (int s = 0; s < first.size(); s++) {
            RankedSlice slice = first.get(s);
            slices.put(slice.name(), new Slice(s, slice.name(), slice.ballots(), url(kind, c, base, slice.name())));
        }
        return new SliceRounds(kind, slices);
    }

    private static String url(SliceKind kind, ContestView c, String base, String name) {
        return base + "/contests/" + c.id() + "/rounds/" + segment(kind) + "/"
                + (name.isEmpty() ? EMPTY : pathSegment(name));
    }

    /**
     * Every slice's body, by id, of contest {@code c} counted as {@code passes} (each pass's slices in one order),
     * {@code distinct} each slice's distinct rankings: the same bytes however often they are built.
     */
    static List<byte[]> bodies(SliceKind kind, VersionInfo v, String date, boolean testData, ContestView c,
            String base, List<RankedOutcome> passes, List<Integer> distinct) {
        List<byte[]> bodies = new ArrayList<>();
        List<RankedSlice> first = passes.get(0).slices();
        String rounds = base + "/contests/" + c.id() + "/rounds";
        for (int s = 0; s < first.size(); s++) {
            RankedSlice slice = first.get(s);
            List<RankedOutcome> shares = new ArrayList<>();
            for (RankedOutcome pass : passes) {
                RankedSlice share = pass.slices().get(s);
                shares.add(new RankedOutcome(pass.contest(), pass.rule(), share.rounds(), pass.elected(),
                        pass.status(), pass.pendingTie(), share.ballots(), pass.permutation()));
            }
            String url = url(kind, c, base, slice.name());
            int count = distinct.get(s);
            bodies.add(ApiJson.bytes(g -> write(g, kind, v, date, testData, c, rounds, url, slice.name(), count,
                    shares)));
        }
        return bodies;
    }

    /** One slice's rounds: the whole count's fields, the slice's figures, and which slice it is. */
    private static void write(JsonGenerator g, SliceKind kind, VersionInfo v, String date, boolean testData,
            ContestView c, String rounds, String url, String name, int distinct, List<RankedOutcome> shares)
            throws IOException {
        g.writeStartObject();
        ApiJson.header(g, v, date, testData);
        g.writeNumberField("contest", c.id());
        g.writeStringField("name", c.name());
        g.writeStringField("url", url);
        g.writeStringField("rule", c.rule());
        g.writeNumberField("seats", c.voteFor());
        ApiJson.status(g, c);
        g.writeObjectFieldStart("castVoteRecords");
        g.writeNumberField("ballots", shares.get(0).ballots());
        g.writeNumberField("distinctRankings", distinct);
        g.writeFieldName("noRankings");
        g.writeNumber(shares.get(0).noRankings().toPlainString());
        ApiJson.sources(g, v.sources());
        g.writeEndObject();
        g.writeArrayFieldStart("elected");
        for (Choice ch : RankedFigures.winners(shares)) {
            g.writeString(ch.name());
        }
        g.writeEndArray();
        RankedPassesJson.write(g, shares);
        g.writeObjectFieldStart("slice");
        g.writeStringField("kind", kind.key());
        g.writeStringField("name", name);
        g.writeStringField("of", rounds);
        g.writeEndObject();
        g.writeNullField("slices");
        g.writeEndObject();
    }

    /** The whole count's list of its slices (null when the records are not kept by precinct or batch). */
    static void list(JsonGenerator g, SliceRounds slices) throws IOException {
        g.writeNullField("slice");
        if (slices == null) {
            g.writeNullField("slices");
            return;
        }
        g.writeObjectFieldStart("slices");
        g.writeStringField("kind", slices.kind().key());
        g.writeArrayFieldStart("list");
        for (Slice s : slices.slices().values()) {
            g.writeStartObject();
            g.writeNumberField("id", s.id());
            g.writeStringField("name", s.name());
            g.writeNumberField("ballots", s.ballots());
            g.writeStringField("url", s.url());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * A name as one path segment: every byte of its UTF-8 percent-encoded but RFC 3986's unreserved characters
     * (letters, digits, {@code -._~}), so that a space, a slash or a plus sign cannot change the path.
     */
    static String pathSegment(String name) {
        StringBuilder out = new StringBuilder(name.length() + 16);
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int u = b & 0xff;
            if ((u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') || u == '-' || u == '.'
                    || u == '_' || u == '~') {
                out.append((char) u);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(u >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(u & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
