package org.bellwether.formats.clarity;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bellwether.core.TallyLimits;
import org.bellwether.formats.InputException;

/**
 * The contest-level figures of a Clarity site's {@code json/en/summary.json}, published in each version's folder
 * beside {@code reports/detailxml.zip}: an array of contests, each with its name ({@code C}), vote-for ({@code VF}),
 * precincts taking part and reporting ({@code TP}, {@code PR}), and parallel arrays of choice names ({@code CH}),
 * parties ({@code P}) and votes ({@code V}). Other members ({@code PCT}, {@code W}, {@code K}...) are skipped. It
 * holds no election name or date and no units, so it is not an election: the watcher uses it to know what a version
 * holds before its zip is published, and to check the zip against it.
 *
 * <p>Hostile input is bounded: at most {@link #MAX_BYTES}, nesting 3, {@link #MAX_CONTESTS} contests and
 * {@link #MAX_CHOICES} choices each, names of at most {@link #MAX_NAME} characters, repeated members refused,
 * votes whole numbers from 0 to {@link TallyLimits#MAX_VOTES_PER_TALLY}.
 *
 * @param contests each contest, in the file's order
 */
public record ClaritySummary(List<Contest> contests) {

    public static final int MAX_BYTES = 16 << 20;
    public static final int MAX_CONTESTS = 10_000;
    public static final int MAX_CHOICES = 1_000;
    public static final int MAX_NAME = 1_000;
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(3).maxStringLength(MAX_NAME)
                    .maxNumberLength(20).build()).build();

    public ClaritySummary {
        contests = List.copyOf(contests);
    }

    /** One contest's figures; {@code choices}, {@code parties} and {@code votes} run in parallel. */
    public record Contest(String name, int voteFor, long precincts, long precinctsReporting, List<String> choices,
            List<String> parties, List<Long> votes) {
        public Contest {
            Objects.requireNonNull(name, "name");
            choices = List.copyOf(choices);
            parties = List.copyOf(parties);
            votes = List.copyOf(votes);
        }

        /** The votes, largest first: what a reader of the detail must find, whatever it makes of the names. */
        public List<Long> sortedVotes() {
            return votes.stream().sorted(java.util.Comparator.reverseOrder()).toList();
        }
    }

    /** Reads {@code json}; {@code source} names it in every error (the summary's URL). */
    public static ClaritySummary parse(byte[] json, String source) {
        if (json.length > MAX_BYTES) {
            throw new InputException(source, "", "summary.json is " + json.length + " bytes; the limit is "
                    + MAX_BYTES + " (ClaritySummary.MAX_BYTES)");
        }
        try (JsonParser p = JSON.createParser(json)) {
            return new Reading(p, source).summary();
        } catch (StreamConstraintsException e) {
            throw new InputException(source, "", "summary.json exceeds a limit: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(source, "", "summary.json is not valid JSON: " + cap(
                    e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage()
                            : e.getMessage()));
        }
    }

    private static String cap(String s) {
        String p = String.valueOf(s).replaceAll("[^ -~]", "?");
        return p.length() > 300 ? p.substring(0, 300) + "..." : p;
    }

    /** One pass over the tokens, nothing held but the contest being read. */
    private record Reading(JsonParser p, String source) {

        ClaritySummary summary() throws IOException {
            expect(p.nextToken(), JsonToken.START_ARRAY, "the file");
            List<Contest> contests = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (contests.size() == MAX_CONTESTS) {
                    throw bad("more than " + MAX_CONTESTS + " contests (ClaritySummary.MAX_CONTESTS)");
                }
                expect(t, JsonToken.START_OBJECT, "contest " + contests.size());
                contests.add(contest(contests.size()));
            }
            if (p.nextToken() != null) {
                throw bad("more than one JSON value");
            }
            return new ClaritySummary(contests);
        }

        private Contest contest(int index) throws IOException {
            String name = null;
            long voteFor = 1;
            long precincts = 0;
            long reporting = 0;
            List<String> choices = List.of();
            List<String> parties = List.of();
            List<Long> votes = List.of();
            String where = "contest " + index;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "C" -> name = text(value, where + " C");
                    case "VF" -> voteFor = count(value, where + " VF");
                    case "TP" -> precincts = count(value, where + " TP");
                    case "PR" -> reporting = count(value, where + " PR");
                    case "CH" -> choices = texts(value, where + " CH");
                    case "P" -> parties = texts(value, where + " P");
                    case "V" -> votes = counts(value, where + " V");
                    default -> p.skipChildren();
                }
            }
            if (name == null) {
                throw bad(where + " has no name (C)");
            }
            where = "contest '" + cap(name) + "'";
            if (votes.size() != choices.size() || !parties.isEmpty() && parties.size() != choices.size()) {
                throw bad(where + " has " + choices.size() + " choices (CH) but " + votes.size() + " vote counts (V)"
                        + " and " + parties.size() + " parties (P)");
            }
            if (voteFor < 1 || voteFor > MAX_CHOICES) {
                throw bad(where + " votes for " + voteFor + " (VF): not a number of seats");
            }
            if (reporting > precincts) {
                throw bad(where + " has " + reporting + " precincts reporting (PR) of " + precincts + " (TP)");
            }
            return new Contest(name, (int) voteFor, precincts, reporting, choices, parties, votes);
        }

        private List<String> texts(JsonToken t, String where) throws IOException {
            expect(t, JsonToken.START_ARRAY, where);
            List<String> out = new ArrayList<>();
            for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
                limit(out.size(), where);
                out.add(v == JsonToken.VALUE_NULL ? "" : text(v, where));
            }
            return out;
        }

        private List<Long> counts(JsonToken t, String where) throws IOException {
            expect(t, JsonToken.START_ARRAY, where);
            List<Long> out = new ArrayList<>();
            for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
                limit(out.size(), where);
                out.add(count(v, where));
            }
            return out;
        }

        private void limit(int size, String where) {
            if (size == MAX_CHOICES) {
                throw bad(where + " has more than " + MAX_CHOICES + " entries (ClaritySummary.MAX_CHOICES)");
            }
        }

        private String text(JsonToken t, String where) throws IOException {
            expect(t, JsonToken.VALUE_STRING, where);
            return p.getText();
        }

        private long count(JsonToken t, String where) throws IOException {
            if (t != JsonToken.VALUE_NUMBER_INT || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    || p.getLongValue() < 0 || p.getLongValue() > TallyLimits.MAX_VOTES_PER_TALLY) {
                throw bad(where + " must be a whole number from 0 to " + TallyLimits.MAX_VOTES_PER_TALLY + ", was "
                        + cap(p.getText()));
            }
            return p.getLongValue();
        }

        private void expect(JsonToken t, JsonToken wanted, String where) {
            if (t != wanted) {
                throw bad(where + " must be " + switch (wanted) {
                    case START_ARRAY -> "an array";
                    case START_OBJECT -> "an object";
                    default -> "a string";
                } + ", was " + (t == null ? "the end of the file" : t.asString() == null ? t.name() : t.asString()));
            }
        }

        private InputException bad(String problem) {
            return new InputException(source, "line " + p.currentLocation().getLineNr(), problem);
        }
    }
}
