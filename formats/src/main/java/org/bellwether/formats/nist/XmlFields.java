package org.bellwether.formats.nist;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.bellwether.formats.InputException;

/** {@link Fields} over a StAX reader: elements are fields, an element with children is an object. */
final class XmlFields implements Fields {

    static final String NAMESPACE = "http://itl.nist.gov/ns/voting/1500-100/v2";

    private final XMLStreamReader xml;
    private final String file;
    private String attribute;
    private boolean consumed;
    private int depth;

    XmlFields(XMLStreamReader xml, String file) {
        this.xml = xml;
        this.file = file;
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public void root(ObjectReader reader) {
        try {
            if (nextTag() != XMLStreamConstants.START_ELEMENT || !isRoot()) {
                throw new InputException(file, where(), "the root element is not a NIST ERR v2 ElectionReport");
            }
            readObject(reader);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                    throw new InputException(file, where(), "content after the root element");
                }
            }
        } catch (XMLStreamException e) {
            throw malformed(e);
        } catch (java.util.MissingResourceException e) {
            throw new InputException(file, where(), org.bellwether.formats.XmlParserFailure.problem(e), e);
        }
    }

    private boolean isRoot() {
        return NAMESPACE.equals(xml.getNamespaceURI()) && "ElectionReport".equals(xml.getLocalName());
    }

    private void readObject(ObjectReader reader) throws XMLStreamException {
        NistLimit.NESTING_DEPTH.check(++depth, file, where());
        String id = xml.getAttributeValue(null, "ObjectId");
        String type = xml.getAttributeValue(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type");
        attributeField(reader, "@id", id);
        attributeField(reader, "@type", type);
        while (nextTag() == XMLStreamConstants.START_ELEMENT) {
            String ns = xml.getNamespaceURI();
            String name = NAMESPACE.equals(ns) ? xml.getLocalName() : "{" + ns + "}" + xml.getLocalName();
            attribute = null;
            consumed = false;
            reader.field(name);
            if (!consumed) {
                skipElement();
            }
        }
        depth--;
        reader.end();
    }

    private void attributeField(ObjectReader reader, String name, String value) {
        if (value != null) {
            attribute = value;
            reader.field(name);
            attribute = null;
        }
    }

    @Override
    public String where() {
        return "line " + xml.getLocation().getLineNumber();
    }

    @Override
    public String scalar() {
        consumed = true;
        if (attribute != null) {
            return attribute;
        }
        try {
            return elementText();
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    @Override
    public List<String> references() {
        String text = scalar().strip();
        List<String> ids = new ArrayList<>();
        for (String id : text.isEmpty() ? new String[0] : text.split("\\s+")) {
            NistLimit.REFERENCES.check(ids.size() + 1L, file, where());
            ids.add(NistValues.id(id));
        }
        return ids;
    }

    @Override
    public String text() {
        List<String[]> strings = new ArrayList<>();
        objects(() -> name -> {
            if ("Text".equals(name)) {
                String language = xml.getAttributeValue(null, "Language");
                strings.add(new String[] {language, scalar()});
            }
        });
        return Fields.chooseText(strings);
    }

    @Override
    public void objects(Supplier<? extends ObjectReader> reader) {
        if (attribute != null) {
            throw new InputException(file, where(), "an attribute where an element was expected");
        }
        consumed = true;
        try {
            readObject(reader.get());
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
        consumed = true;
    }

    /** The text of a simple element, capped so that a huge text node cannot exhaust memory. */
    private String elementText() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        while (true) {
            switch (next()) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                    NistLimit.TEXT_LENGTH.check(text.length(), file, where());
                }
                case XMLStreamConstants.START_ELEMENT -> throw new InputException(file, where(),
                        "element " + xml.getLocalName() + " where text was expected");
                case XMLStreamConstants.END_ELEMENT -> {
                    return text.toString();
                }
                default -> {
                    // comments and processing instructions carry no value
                }
            }
        }
    }

    private void skipElement() throws XMLStreamException {
        for (int open = 1; open > 0; ) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                NistLimit.NESTING_DEPTH.check(depth + ++open, file, where());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                open--;
            }
        }
    }

    /** The next start or end tag; text between elements is layout and is passed over. */
    private int nextTag() throws XMLStreamException {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT) {
                return event;
            }
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw new InputException(file, where(), "the document ends inside an element");
            }
        }
    }

    private int next() throws XMLStreamException {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
            throw new InputException(file, where(), "a DOCTYPE declaration is not allowed: NIST ERR needs none,"
                    + " and a DTD can define entities that expand or read files");
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            throw new InputException(file, where(), "entity reference &" + xml.getLocalName() + "; is not allowed");
        }
        return event;
    }

    private InputException malformed(XMLStreamException e) {
        String at = e.getLocation() == null ? where() : "line " + e.getLocation().getLineNumber();
        String message = String.valueOf(e.getMessage()).replaceFirst("(?s)^ParseError at \\[row,col]:\\[\\d+,\\d+]\\s*Message:\\s*", "");
        return new InputException(file, at, "malformed XML: " + message.strip(), e);
    }
}
