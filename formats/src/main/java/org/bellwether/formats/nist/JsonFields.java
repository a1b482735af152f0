package org.bellwether.formats.nist;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.bellwether.formats.InputException;
import org.bellwether.formats.JsonProblem;
import org.bellwether.formats.JsonSkip;

/** {@link Fields} over a Jackson streaming parser; places are JSON paths such as {@code $.Election[0].Name}. */
final class JsonFields implements Fields {

    private final JsonParser json;
    private final String file;
    private boolean consumed;

    JsonFields(JsonParser json, String file) {
        this.json = json;
        this.file = file;
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public void root(ObjectReader reader) {
        if (next() != JsonToken.START_OBJECT) {
            throw new InputException(file, "$", "the document is not a JSON object");
        }
        readObject(reader);
        if (next() != null) {
            throw new InputException(file, where(), "content after the root object");
        }
    }

    private void readObject(ObjectReader reader) {
        int members = 0;
        while (next() == JsonToken.FIELD_NAME) {
            NistLimit.MEMBERS.check(++members, file, where());
            String name = name();
            next();
            consumed = false;
            reader.field(name);
            if (!consumed) {
                skipValue();
            }
        }
        reader.end();
    }

    @Override
    public String where() {
        return JsonTokens.path(json.getParsingContext());
    }

    @Override
    public String scalar() {
        consumed = true;
        JsonToken token = json.currentToken();
        if (token == null || !token.isScalarValue()) {
            throw new InputException(file, where(), "a single value was expected, found " + JsonTokens.describe(token));
        }
        return tokenText();
    }

    /** A number, which the count check then requires to be whole ({@code 2.5} is refused there, by its value). */
    @Override
    public String integer() {
        JsonToken token = json.currentToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            consumed = true;
            throw new InputException(file, where(), "a whole number was expected (the schema's integer), found "
                    + JsonTokens.describe(token) + (token == JsonToken.VALUE_STRING ? " " + InputException.echo(
                            tokenText()) : ""));
        }
        return scalar();
    }

    @Override
    public List<String> references() {
        consumed = true;
        if (json.currentToken() == JsonToken.VALUE_STRING) {
            return List.of(scalar().strip().split("\\s+"));
        }
        if (json.currentToken() != JsonToken.START_ARRAY) {
            throw new InputException(file, where(), "a list of IDs was expected, found " + JsonTokens.describe(json.currentToken()));
        }
        List<String> ids = new ArrayList<>();
        while (next() != JsonToken.END_ARRAY) {
            NistLimit.REFERENCES.check(ids.size() + 1L, file, where());
            ids.add(NistValues.id(scalar()));
        }
        consumed = true;
        return ids;
    }

    @Override
    public String text() {
        if (json.currentToken() != JsonToken.START_OBJECT) {
            return stringValue().strip();
        }
        List<String[]> strings = new ArrayList<>();
        objects(() -> name -> {
            if ("Text".equals(name)) {
                objects(() -> new LanguageString(strings));
            }
        });
        return Fields.chooseText(strings);
    }

    /** One {@code LanguageString}: {@code Content} and {@code Language}. */
    private final class LanguageString implements ObjectReader {
        private final List<String[]> into;
        private String language;
        private String content = "";

        LanguageString(List<String[]> into) {
            this.into = into;
        }

        @Override
        public void field(String name) {
            if ("Language".equals(name)) {
                language = stringValue();
            } else if ("Content".equals(name)) {
                content = stringValue();
            }
        }

        @Override
        public void end() {
            into.add(new String[] {language, content});
        }
    }

    private String stringValue() {
        consumed = true;
        if (json.currentToken() != JsonToken.VALUE_STRING) {
            throw new InputException(file, where(), "a string was expected, found " + JsonTokens.describe(json.currentToken()));
        }
        return tokenText();
    }

    @Override
    public void objects(Supplier<? extends ObjectReader> reader) {
        consumed = true;
        JsonToken token = json.currentToken();
        if (token == JsonToken.START_OBJECT) {
            readObject(reader.get());
        } else if (token == JsonToken.START_ARRAY) {
            while (next() != JsonToken.END_ARRAY) {
                if (json.currentToken() != JsonToken.START_OBJECT) {
                    throw new InputException(file, where(), "an object was expected, found " + JsonTokens.describe(json.currentToken()));
                }
                readObject(reader.get());
            }
        } else {
            throw new InputException(file, where(), "an object or a list of objects was expected, found "
                    + JsonTokens.describe(token));
        }
        consumed = true;
    }

    private JsonToken next() {
        try {
            return json.nextToken();
        } catch (StreamConstraintsException e) {
            throw new InputException(file, where(), JsonLimits.problem(e), e);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void skipValue() {
        try {
            int members = JsonSkip.skip(json, NistLimit.MEMBERS.limit(), NistLimit.NESTING_DEPTH.limit());
            NistLimit.MEMBERS.check(members, file, where());
        } catch (StreamConstraintsException e) {
            throw new InputException(file, where(), JsonLimits.problem(e), e);
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String name() {
        try {
            return json.currentName();
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tokenText() {
        try {
            return json.getText();
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Jackson's problem in the reader's words: its location as a line, never its class names or source text. */
    private InputException malformed(JsonProcessingException e) {
        String at = e.getLocation() == null ? where() : "line " + e.getLocation().getLineNr();
        return new InputException(file, at, JsonProblem.describe(e), e);
    }
}
