package org.bellwether.formats.gasos;

import org.bellwether.formats.ReaderNotes;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import org.bellwether.core.TallyLimits;
import org.bellwether.formats.InputException;
import org.bellwether.formats.JsonSkip;

/**
 * A {@link JsonParser} as the reader uses it. Every token is read through here, so every Jackson failure becomes
 * an {@link InputException} naming the file and the place, and every value error names its JSON path
 * ({@code $.localResults[1].ballotItems[0]}), taken from Jackson's own parsing context.
 */
final class JsonCursor {

    /** Reads the value of one field, the parser on its first token; false when the field is not one it knows. */
    @FunctionalInterface
    interface FieldHandler {
        boolean field(String name);
    }

    @FunctionalInterface
    private interface IoCall<T> {
        T call() throws IOException;
    }

    private final JsonParser parser;
    private final String file;
    private final ReaderNotes notes;

    JsonCursor(JsonParser parser, String file, ReaderNotes notes) {
        this.parser = parser;
        this.file = file;
        this.notes = notes;
    }

    JsonToken next() {
        return io(parser::nextToken);
    }

    /** Reads the object at the current token; fields the handler does not know are skipped and noted once. */
    void object(FieldHandler handler) {
        expect(JsonToken.START_OBJECT, "an object");
        int members = 0;
        while (next() == JsonToken.FIELD_NAME) {
            if (++members > JsonLimit.MEMBERS.limit()) {
                throw errorHere(JsonLimit.MEMBERS.exceeded(members));
            }
            String name = io(parser::currentName);
            next();
            if (!handler.field(name)) {
                notes.once("ignored unknown field " + pathPattern());
                skip();
            }
        }
    }

    /** Reads each element of the array at the current token; {@code null} stands for an empty array. */
    void array(Runnable element) {
        if (isNull()) {
            return;
        }
        expect(JsonToken.START_ARRAY, "an array");
        for (JsonToken t = next(); t != null && t != JsonToken.END_ARRAY; t = next()) {
            element.run();
        }
    }

    boolean isNull() {
        return parser.currentToken() == JsonToken.VALUE_NULL;
    }

    /** Skips the value at the current token, with all it contains. */
    void skip() {
        int members = io(() -> JsonSkip.skip(parser, JsonLimit.MEMBERS.limit(), JsonLimit.NESTING_DEPTH.limit()));
        if (members > 0) {
            throw errorHere(JsonLimit.MEMBERS.exceeded(members));
        }
    }

    /** The string at the current token, or null for JSON {@code null}. */
    String text() {
        if (isNull()) {
            return null;
        }
        expect(JsonToken.VALUE_STRING, "a string");
        return io(parser::getText);
    }

    /** A count of votes: a whole number from 0 to {@link TallyLimits#MAX_VOTES_PER_TALLY}. */
    long votes() {
        expect(JsonToken.VALUE_NUMBER_INT, "a whole number of votes");
        String digits = io(parser::getText);
        // past a long Jackson holds a BigInteger, which is over the limit either way; its sign is in the text
        boolean huge = io(parser::getNumberType) == JsonParser.NumberType.BIG_INTEGER;
        long value = huge ? 0 : io(parser::getLongValue);
        if (huge ? digits.startsWith("-") : value < 0) {
            throw error("votes " + digits + " are negative");
        }
        if (huge || value > TallyLimits.MAX_VOTES_PER_TALLY) {
            throw error("votes " + digits + " are over the limit of " + TallyLimits.MAX_VOTES_PER_TALLY
                    + " (TallyLimits.MAX_VOTES_PER_TALLY)");
        }
        return value;
    }

    /** How many choices a voter may mark: from 1 to {@link TallyLimits#MAX_CHOICES_PER_CONTEST}. */
    int voteFor() {
        expect(JsonToken.VALUE_NUMBER_INT, "a whole number for voteFor");
        boolean fits = io(parser::getNumberType) == JsonParser.NumberType.INT;
        int value = fits ? io(parser::getIntValue) : 0;
        if (value < 1 || value > TallyLimits.MAX_CHOICES_PER_CONTEST) {
            throw error("voteFor " + io(parser::getText) + " is outside 1.." + TallyLimits.MAX_CHOICES_PER_CONTEST);
        }
        return value;
    }

    /** Fails unless the current token is {@code wanted}, naming what was found instead. */
    void expect(JsonToken wanted, String what) {
        if (parser.currentToken() != wanted) {
            throw error("expected " + what + ", found " + found());
        }
    }

    /** The JSON path of the current value; for a token that opens an object or array, the path of that value. */
    String path() {
        JsonToken token = parser.currentToken();
        JsonStreamContext context = parser.getParsingContext();
        return JsonPath.of(token != null && token.isStructStart() ? context.getParent() : context);
    }

    /** The path with every array index replaced by {@code *}: where in the format, not where in this file. */
    String pathPattern() {
        return JsonPath.pattern(path());
    }

    InputException error(String problem) {
        return errorAt(path(), problem);
    }

    InputException errorAt(String at, String problem) {
        return new InputException(file, at, problem);
    }

    /** An error at the start of the current token, for a problem no JSON path describes. */
    InputException errorHere(String problem) {
        return new InputException(file, place(parser.currentTokenLocation()), problem);
    }

    private String found() {
        JsonToken token = parser.currentToken();
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "the string " + InputException.echo(io(parser::getText));
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + io(parser::getText);
            default -> io(parser::getText);
        };
    }

    private <T> T io(IoCall<T> call) {
        try {
            return call.call();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Turns what Jackson throws into the reader's one error type, keeping Jackson's location. */
    InputException failure(IOException e) {
        if (e instanceof StreamConstraintsException limit) {
            return new InputException(file, place(parser.currentLocation()), JsonLimit.problem(limit), e);
        }
        if (e instanceof JsonEOFException eof) {
            return new InputException(file, place(eof.getLocation()), "file ends before the JSON is complete", e);
        }
        if (e instanceof JsonProcessingException json) {
            String problem = "not valid JSON: " + json.getOriginalMessage();
            return new InputException(file, place(json.getLocation()), problem, e);
        }
        return new InputException(file, "", "cannot be read: " + e.getMessage(), e);
    }

    private String place(JsonLocation location) {
        JsonLocation at = location != null ? location : parser.currentLocation();
        return "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
}
