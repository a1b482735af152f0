package org.bellwether.formats.nist;

import java.util.List;

/**
 * Where {@link ReportWalker} writes a document, the same calls for XML and JSON. The walker calls them in the
 * order the XSD's sequences require, which XML needs and JSON ignores; lists mark where JSON has an array and
 * XML repeats an element. Every object has a NIST class ({@code type}): XML names it in {@code xsi:type} only where
 * the element's type is abstract ({@code typed}), JSON always names it in {@code @type}.
 */
sealed interface Sink permits XmlSink, JsonSink {

    void begin(String field, String type, boolean typed, String objectId);

    void end();

    void list(String field);

    void endList();

    void value(String field, String value);

    void value(String field, long value);

    /** An exact decimal number, written as it is (a fractional STV count as counted). */
    void decimal(String field, java.math.BigDecimal value);

    void bool(String field, boolean value);

    void ids(String field, List<String> ids);

    /** An {@code InternationalizedText} with one English string. */
    void text(String field, String text);

    /** Ends the document and flushes it. */
    void finish();
}
