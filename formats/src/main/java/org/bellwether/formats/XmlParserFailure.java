package org.bellwether.formats;

import java.util.MissingResourceException;

/**
 * The JDK's StAX parser reports some fatal errors (an invalid character inside a DOCTYPE, found by fuzzing) by
 * looking up a message that its resource bundle lacks, so the error surfaces as a {@link MissingResourceException}
 * instead of an {@code XMLStreamException}. XML readers turn it into their input error with this wording.
 */
public final class XmlParserFailure {

    private XmlParserFailure() {
    }

    public static String problem(MissingResourceException e) {
        return "malformed XML: the parser rejected the document (" + e.getKey() + ")";
    }
}
