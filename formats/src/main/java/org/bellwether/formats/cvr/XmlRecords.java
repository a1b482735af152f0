package org.bellwether.formats.cvr;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.bellwether.formats.InputException;
import org.bellwether.formats.XmlGuard;

/**
 * Streams an XML cast-vote-record file through {@link XmlGuard} and the hardened StAX factory ({@link
 * XlsxSheet#factory()}: no DTD, no external entity, every external resource refused; a DOCTYPE is refused outright)
 * and hands each child of the root element to a handler, which may build it as a small tree: a map per element with
 * children (its {@code ObjectId} as {@code @id}), a list for the element names that repeat, and a string per text
 * element; names without their namespace prefix. Only one record is held at a time, bounded by
 * {@link CvrLimits#MAX_RECORD_ELEMENTS} and {@link CvrLimits#MAX_RECORD_DEPTH}.
 */
final class XmlRecords {

    /** What to do with one child of the root: build it, or pass over it. */
    interface Handler {
        void record(String name, int line) throws XMLStreamException;
    }

    private final String file;
    private final Set<String> lists;
    private XMLStreamReader xml;
    private int elements;

    /** {@code lists}: the element names that may repeat and are kept as lists (of maps, or of ids for IDREFS). */
    XmlRecords(String file, Set<String> lists) {
        this.file = file;
        this.lists = lists;
    }

    /** What reads an XML file once it is open. */
    interface Reading<T> {
        T read(XMLStreamReader reader) throws XMLStreamException;
    }

    /**
     * Opens a file through {@link XmlGuard} and the hardened factory and reads it; what the guard refuses and what
     * the parser fails on become errors naming the file and the line.
     */
    static <T> T streamed(String file, Path path, Reading<T> reading) {
        XMLStreamReader[] xml = new XMLStreamReader[1];
        try (InputStream in = XmlGuard.of(Files.newInputStream(path))) {
            xml[0] = XlsxSheet.factory().createXMLStreamReader(in);
            try {
                return reading.read(xml[0]);
            } finally {
                xml[0].close();
            }
        } catch (XmlGuard.Refused e) {
            throw new InputException(file, e.location(), e.getMessage(), e);
        } catch (java.util.MissingResourceException e) {
            throw new InputException(file, where(xml[0]), org.bellwether.formats.XmlParserFailure.problem(e), e);
        } catch (XMLStreamException e) {
            throw new InputException(file, where(xml[0]), "is not well-formed XML: "
                    + XlsxSheet.capped(e.getMessage()), e);
        } catch (IOException e) {
            throw new InputException(file, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    static String where(XMLStreamReader xml) {
        return xml == null || xml.getLocation() == null ? "" : "line " + xml.getLocation().getLineNumber();
    }

    /** Reads the file, calling the handler at each child element of the root; returns the root's name. */
    String read(Path path, Handler handler) {
        return streamed(file, path, reader -> {
            xml = reader;
            String root = null;
            int depth = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new InputException(file, where(), "declares a DOCTYPE, which a cast-vote-record file"
                            + " never needs (refused: DTDs and entities are not read)");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (depth == 0) {
                        root = local(xml.getLocalName());
                        depth = 1;
                    } else {
                        elements = 0;
                        handler.record(local(xml.getLocalName()), xml.getLocation().getLineNumber());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth = 0;
                }
            }
            if (root == null) {
                throw new InputException(file, "", "has no root element: not an XML cast-vote-record file");
            }
            return root;
        });
    }

    private String where() {
        return where(xml);
    }

    /**
     * A record's element that is plain text (an identity: UniqueId, BatchId, CvrGuid...), or {@code otherwise}
     * when it is absent, empty or holds elements of its own.
     */
    static String text(Map<String, Object> record, String key, String otherwise) {
        return record.get(key) instanceof String s && !s.isEmpty() ? s : otherwise;
    }

    static String local(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    /** Passes over the element the reader is at, to its end. */
    void skip() throws XMLStreamException {
        int level = 1;
        while (level > 0) {
            int event = xml.next();
            level += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }

    /** Builds the element the reader is at, to its end: a map when it has children or an id, else its text. */
    Object build() throws XMLStreamException {
        return build(1);
    }

    private Object build(int depth) throws XMLStreamException {
        if (depth > CvrLimits.MAX_RECORD_DEPTH) {
            throw new InputException(file, where(), "nests deeper than " + CvrLimits.MAX_RECORD_DEPTH
                    + " elements (CvrLimits.MAX_RECORD_DEPTH)");
        }
        if (++elements > CvrLimits.MAX_RECORD_ELEMENTS) {
            throw new InputException(file, where(), "one record has more than " + CvrLimits.MAX_RECORD_ELEMENTS
                    + " elements (CvrLimits.MAX_RECORD_ELEMENTS)");
        }
        Map<String, Object> map = null;
        String id = xml.getAttributeValue(null, "ObjectId");
        if (id != null) {
            map = new LinkedHashMap<>();
            map.put("@id", id);
        }
        StringBuilder text = new StringBuilder();
        String parent = local(xml.getLocalName());
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                if (text.length() + xml.getTextLength() > CvrLimits.MAX_CELL_CHARS) {
                    throw new InputException(file, where(), "a text of " + parent + " is longer than "
                            + CvrLimits.MAX_CELL_CHARS + " characters (CvrLimits.MAX_CELL_CHARS)");
                }
                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                map = map == null ? new LinkedHashMap<>() : map;
                child(map, depth);
            }
        }
        return map != null ? map : text.toString().trim();
    }

    /** The values of an element that should appear once but appears more often. */
    static final class Repeated extends ArrayList<Object> {
        private static final long serialVersionUID = 1L;

        Repeated(Object first) {
            add(first);
        }
    }

    private void child(Map<String, Object> map, int depth) throws XMLStreamException {
        String name = local(xml.getLocalName());
        Object value = build(depth + 1);
        if (lists.contains(name)) {
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) map.computeIfAbsent(name, k -> new ArrayList<>());
            if (value instanceof String ids && name.endsWith("Ids")) {
                for (String each : ids.split("\\s+")) {
                    if (!each.isEmpty()) {
                        list.add(each);
                    }
                }
            } else {
                list.add(value instanceof Map ? value : new LinkedHashMap<>(Map.of("#text", value)));
            }
        } else if (map.containsKey(name)) {
            // a repeated single element is kept as a list, which a reader that needs its one value refuses
            Object earlier = map.get(name);
            List<Object> all = earlier instanceof Repeated r ? r : new Repeated(earlier);
            all.add(value);
            map.put(name, all);
        } else {
            map.put(name, value);
        }
    }
}
