package org.bellwether.formats.cvr;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import org.bellwether.formats.InputException;

/**
 * Where the token walk of a NIST CDF JSON {@code CVR} is (the CVR, snapshot, contest, selection and position
 * indexes), so that an error names the JSON path as the tree reading does: the path is made only when an error is
 * thrown. Also the scalar readings the walk shares, as the tree reading takes them.
 */
final class CdfJsonWalk {

    static final int CVR = 0;
    static final int SNAPSHOT = 1;
    static final int CONTEST = 2;
    static final int SELECTION = 3;
    static final int POSITION = 4;

    private static final String[] SMALL = new String[100];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = Integer.toString(i);
        }
    }

    final String file;
    // the key order of each kind of object, to guess the next key
    final KeyOrder cvrKeys = new KeyOrder();
    final KeyOrder snapshotKeys = new KeyOrder();
    final KeyOrder contestKeys = new KeyOrder();
    final KeyOrder selectionKeys = new KeyOrder();
    final KeyOrder positionKeys = new KeyOrder();
    private final RepeatedText repeated = new RepeatedText();
    long cvr;
    int snapshotAt;
    int contestAt;
    int selectionAt;
    int positionAt;

    CdfJsonWalk(String file) {
        this.file = file;
    }

    String cvrAt() {
        return "$.CVR[" + cvr + "]";
    }

    String snapshotPath() {
        return cvrAt() + ".CVRSnapshot[" + snapshotAt + "]";
    }

    String contestPath() {
        return snapshotPath() + ".CVRContest[" + contestAt + "]";
    }

    String selectionPath() {
        return contestPath() + ".CVRContestSelection[" + selectionAt + "]";
    }

    String positionPath() {
        return selectionPath() + ".SelectionPosition[" + positionAt + "]";
    }

    InputException fail(String at, String problem) {
        return new InputException(file, at, problem);
    }

    /** Marks a key of the object being read as seen; a key read twice in one object is refused. */
    int once(int seen, int bit, String key, int level) {
        if ((seen & bit) != 0) {
            String at = switch (level) {
                case CVR -> cvrAt();
                case SNAPSHOT -> snapshotPath();
                case CONTEST -> contestPath();
                case SELECTION -> selectionPath();
                default -> positionPath();
            };
            throw fail(at, "has the key " + InputException.echo(key) + " twice");
        }
        return seen | bit;
    }

    /**
     * A string, a number as its text, or null as {@code ""} (as the tree reading takes them); else null. A value
     * seen before is the same String ({@link RepeatedText}).
     */
    String text(JsonParser parser, JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> repeated.of(parser);
            case VALUE_NULL -> "";
            default -> {
                parser.skipChildren();
                yield null;
            }
        };
    }

    /** Whether the value is the string {@code no}, read without making it (a position's indication flags). */
    static boolean isNo(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            parser.skipChildren();
            return false;
        }
        char[] chars = parser.getTextCharacters();
        int from = parser.getTextOffset();
        return parser.getTextLength() == 2 && chars[from] == 'n' && chars[from + 1] == 'o';
    }

    /** As {@link #text}, for a value that differs from ballot to ballot (a snapshot's id), so is not kept. */
    static String unique(JsonParser parser, JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getText();
            case VALUE_NULL -> "";
            default -> {
                parser.skipChildren();
                yield null;
            }
        };
    }

    /** A rank's raw text; an object or array is passed over and read as text that is not a number. */
    String scalar(JsonParser parser, JsonToken value) throws IOException {
        if (value == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == JsonParser.NumberType.INT) {
            int n = parser.getIntValue(); // as written: JSON has no leading zeros, and -0 reads as 0 either way
            return n >= 0 && n < SMALL.length ? SMALL[n] : Integer.toString(n);
        }
        String text = text(parser, value);
        return text != null ? text : value == JsonToken.VALUE_TRUE ? "true" : value == JsonToken.VALUE_FALSE
                ? "false" : "(not a number)";
    }

    /** An identity field's value as text; null when it is null, an object or an array (not an identity). */
    static String identity(JsonParser parser, JsonToken value) throws IOException {
        return switch (value) {
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> parser.getText();
            case VALUE_NULL -> null;
            default -> {
                parser.skipChildren();
                yield null;
            }
        };
    }
}
