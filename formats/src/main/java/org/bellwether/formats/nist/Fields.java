package org.bellwether.formats.nist;

import java.util.List;
import java.util.function.Supplier;

/**
 * A NIST ERR document seen the same way in XML and in JSON: the fields of the current object, one at a time and in
 * whatever order they come (the JSON instances put {@code @type} last). A repeated element in XML and an array of
 * objects in JSON both reach {@link #objects} once; the XML attributes {@code ObjectId} and {@code xsi:type} read as
 * the fields {@code @id} and {@code @type}, as JSON names them. A field whose value the reader leaves alone is
 * skipped, so a reader handles only the fields it needs.
 */
sealed interface Fields permits XmlFields, JsonFields {

    /** Reads one object's fields; made afresh for each object so that it can keep what it read. */
    interface ObjectReader {
        void field(String name);

        default void end() {
        }
    }

    String file();

    /** Reads the root object, which must be an ElectionReport, then checks nothing follows it. */
    void root(ObjectReader reader);

    /** Where the current field is, for messages: {@code line 12} or {@code $.Election[0].Contest[3].Name}. */
    String where();

    /** The current field's value as text. */
    String scalar();

    /**
     * A count: the schema's {@code xsd:integer}. JSON says which values are numbers, and a string there
     * ({@code "Count": "4"}) is refused; XML text is checked as digits by whoever reads it.
     */
    default String integer() {
        return scalar();
    }

    /** An ID list ({@code xsd:IDREFS}): space-separated in XML, an array in JSON; each ID stripped. */
    List<String> references();

    /** An {@code InternationalizedText}: the English text when there is one, else the first, stripped. */
    String text();

    /** Reads each object of the current field's value with a reader of its own. */
    void objects(Supplier<? extends ObjectReader> reader);

    /** The current field as a reference to an object ID, with where it was read. */
    default Directory.Ref ref() {
        String at = where();
        return new Directory.Ref(NistValues.id(scalar()), at);
    }

    /** The type of a {@code @type} value without its prefix: {@code ElectionResults.CandidateContest} or
     * {@code nist:CandidateContest} is {@code CandidateContest}. */
    static String typeName(String value) {
        String v = value.strip();
        return v.substring(Math.max(v.lastIndexOf('.'), v.lastIndexOf(':')) + 1);
    }

    /** The text to keep from the language strings of an {@code InternationalizedText}. */
    static String chooseText(List<String[]> languageAndContent) {
        for (String[] lc : languageAndContent) {
            if (lc[0] != null && lc[0].strip().toLowerCase(java.util.Locale.ROOT).startsWith("en")) {
                return lc[1].strip();
            }
        }
        return languageAndContent.isEmpty() ? "" : languageAndContent.get(0)[1].strip();
    }
}
