package org.bellwether.formats.clarity;

import java.io.IOException;
import java.util.MissingResourceException;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.bellwether.formats.InputException;
import org.bellwether.formats.ReaderNotes;
import org.bellwether.formats.XmlGuard;
import org.bellwether.formats.XmlLimit;

/**
 * The XML stream with what every part of the reader needs from it: moving from child to child, reading
 * attributes strictly, skipping and noting what it does not know, and errors that name the file and line.
 * Every parser error and every limit ends as an {@link InputException}.
 */
final class Cursor {

    private final XMLStreamReader xml;
    private final Place place;
    private final ReaderNotes notes;
    private int depth;

    Cursor(XMLStreamReader xml, Place place, ReaderNotes notes) {
        this.xml = xml;
        this.place = place;
        this.notes = notes;
    }

    /** Moves to the root element and returns its name. A DOCTYPE is refused before anything in it is used. */
    String root() {
        while (true) {
            switch (next()) {
                case XMLStreamConstants.DTD -> throw error("a DOCTYPE declaration is not allowed: Bellwether "
                        + "reads no DTD and no entities (they can read local files, reach the network or expand "
                        + "without bound)");
                case XMLStreamConstants.START_ELEMENT -> {
                    depth = 1;
                    return xml.getLocalName();
                }
                default -> {
                    // the XML declaration, comments and processing instructions come before the root
                }
            }
        }
    }

    /**
     * Moves to the next child element of the current element; false at the current element's end tag. Text
     * between elements is passed over unread: Clarity puts nothing but line breaks and indentation there, and
     * looking at it would cost a pass over every indentation of a statewide file.
     */
    boolean nextChild() {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (++depth > XmlLimit.DEPTH.limit()) {
                    throw error(XmlLimit.DEPTH.exceeded(depth));
                }
                return true;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                return false;
            }
        }
    }

    /** Reads to the end of the document, which after the root may hold only comments and whitespace. */
    void finish() {
        while (xml.getEventType() != XMLStreamConstants.END_DOCUMENT) {
            next();
        }
    }

    String element() {
        return xml.getLocalName();
    }

    int attributes() {
        int count = xml.getAttributeCount();
        if (count > XmlLimit.ATTRIBUTES.limit()) {
            throw error(XmlLimit.ATTRIBUTES.exceeded(count));
        }
        return count;
    }

    String attribute(int i) {
        return xml.getAttributeLocalName(i);
    }

    /** A name or label: not blank, and bounded so that no name can take unbounded memory. */
    String name(int i) {
        String name = xml.getAttributeValue(i).strip();
        if (name.isEmpty() || name.length() > XmlLimit.NAME_CHARS.limit()) {
            throw badName(name, "<" + element() + "> " + attribute(i));
        }
        return name;
    }

    /** An attribute's value as it is, possibly empty, bounded like a name. */
    String value(int i) {
        String value = xml.getAttributeValue(i);
        if (value.length() > XmlLimit.NAME_CHARS.limit()) {
            throw badName(value, "<" + element() + "> " + attribute(i));
        }
        return value;
    }

    /** A count, parsed strictly (see {@link Counts}). */
    long count(int i) {
        String text = xml.getAttributeValue(i);
        long value = Counts.parse(text);
        if (value == Counts.INVALID) {
            throw error("<" + element() + "> " + attribute(i) + " " + InputException.echo(text) + " "
                    + Counts.problem(text));
        }
        return value;
    }

    /** The text of an element that holds only text, such as {@code <Region>}. */
    String text() {
        String what = "<" + element() + ">";
        try {
            String text = xml.getElementText().strip();
            depth--;
            if (text.isEmpty() || text.length() > XmlLimit.NAME_CHARS.limit()) {
                throw badName(text, what);
            }
            return text;
        } catch (XMLStreamException e) {
            throw malformed(e);
        } catch (MissingResourceException e) {
            throw error(org.bellwether.formats.XmlParserFailure.problem(e));
        } catch (XmlGuard.Refused e) {
            throw errorAt(e.line(), e.getMessage());
        }
    }

    /** Skips the current element with everything in it. */
    void skip() {
        int end = depth - 1;
        while (depth > end) {
            nextChild();
        }
    }

    /** ReaderNotes an element the reader does not know, once per parent and name, and skips it. */
    void unknown(String parent) {
        String key = "<" + element() + "> in <" + parent + ">";
        notes.once(key, "ignored unknown element " + key + " (first at line " + line() + ")");
        skip();
    }

    /** ReaderNotes an attribute the reader does not know, once per element and name. */
    void unknownAttribute(int i) {
        String key = InputException.echo(attribute(i)) + " of <" + element() + ">";
        notes.once(key, "ignored unknown attribute " + key + " (first at line " + line() + ")");
    }

    InputException missing(String attribute) {
        return error("<" + element() + "> has no " + attribute + " attribute");
    }

    int line() {
        return xml.getLocation().getLineNumber();
    }

    InputException error(String problem) {
        return place.error(line(), problem);
    }

    InputException errorAt(int line, String problem) {
        return place.error(line, problem);
    }

    private InputException badName(String name, String what) {
        return error(name.isEmpty() ? what + " is empty" : what + ": " + XmlLimit.NAME_CHARS.exceeded(name.length()));
    }

    private int next() {
        try {
            return xml.next();
        } catch (XMLStreamException e) {
            throw malformed(e);
        } catch (MissingResourceException e) {
            throw error(org.bellwether.formats.XmlParserFailure.problem(e));
        } catch (XmlGuard.Refused e) {
            throw errorAt(e.line(), e.getMessage());
        }
    }

    /**
     * The parser's own words, without its {@code ParseError at [row,col]} prefix, at the line it names; or, when
     * the bytes under it failed (a damaged zip entry), that failure.
     */
    private InputException malformed(XMLStreamException e) {
        int line = e.getLocation() == null ? line() : e.getLocation().getLineNumber();
        if (e.getNestedException() instanceof IOException io) {
            return place.error(line, "cannot be read: " + ParserMessages.plain(String.valueOf(io.getMessage())));
        }
        String message = String.valueOf(e.getMessage());
        int start = message.indexOf("Message: ");
        String problem = start < 0 ? message : message.substring(start + "Message: ".length());
        return place.error(line, "malformed XML: " + ParserMessages.plain(problem));
    }
}
