package org.bellwether.formats.nist;

import java.io.OutputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes NIST ERR XML with StAX, indented by two spaces, UTF-8, with {@code \n} line ends on every platform. */
final class XmlSink implements Sink {

    private static final String XSI = XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI;

    private final XMLStreamWriter xml;
    /** For each open element, whether it has child elements yet: its end tag then goes on a line of its own. */
    private final Deque<boolean[]> open = new ArrayDeque<>();

    XmlSink(OutputStream out) {
        try {
            xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    @Override
    public void begin(String field, String type, boolean typed, String objectId) {
        try {
            startElement(field);
            if (open.size() == 1) {
                xml.writeDefaultNamespace(XmlFields.NAMESPACE);
                xml.writeNamespace("xsi", XSI);
            }
            if (objectId != null) {
                xml.writeAttribute("ObjectId", clean(objectId));
            }
            if (typed) {
                xml.writeAttribute("xsi", XSI, "type", type);
            }
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    private void startElement(String field) throws XMLStreamException {
        if (!open.isEmpty()) {
            open.peek()[0] = true;
        }
        xml.writeCharacters("\n" + "  ".repeat(open.size()));
        xml.writeStartElement("", field, XmlFields.NAMESPACE);
        open.push(new boolean[] {false});
    }

    @Override
    public void end() {
        try {
            if (open.pop()[0]) {
                xml.writeCharacters("\n" + "  ".repeat(open.size()));
            }
            xml.writeEndElement();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    @Override
    public void list(String field) {
        // XML repeats the element instead
    }

    @Override
    public void endList() {
        // nothing to close
    }

    @Override
    public void value(String field, String value) {
        try {
            startElement(field);
            xml.writeCharacters(clean(value));
            end();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    @Override
    public void value(String field, long value) {
        value(field, Long.toString(value));
    }

    @Override
    public void decimal(String field, java.math.BigDecimal value) {
        value(field, value.toPlainString());
    }

    @Override
    public void bool(String field, boolean value) {
        value(field, Boolean.toString(value));
    }

    @Override
    public void ids(String field, List<String> ids) {
        value(field, String.join(" ", ids));
    }

    @Override
    public void text(String field, String text) {
        try {
            startElement(field);
            startElement("Text");
            xml.writeAttribute("Language", "en");
            xml.writeCharacters(clean(text));
            end();
            end();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    @Override
    public void finish() {
        try {
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /**
     * XML 1.0 cannot carry most control characters even escaped, and a carriage return would come back as a line
     * feed; such characters from a source become U+FFFD, the replacement character.
     */
    static String clean(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bad = (c < 0x20 && c != '\t' && c != '\n') || c == 0xFFFE || c == 0xFFFF;
            if (bad && out == null) {
                out = new StringBuilder(text.substring(0, i));
            }
            if (out != null) {
                out.append(bad ? '\uFFFD' : c);
            }
        }
        return out == null ? text : out.toString();
    }

    private static java.io.UncheckedIOException failed(XMLStreamException e) {
        return new java.io.UncheckedIOException(new java.io.IOException("cannot write XML: " + e.getMessage(), e));
    }
}
