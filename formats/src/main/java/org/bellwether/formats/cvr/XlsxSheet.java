package org.bellwether.formats.cvr;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.bellwether.formats.InputException;

/**
 * The first worksheet of an xlsx workbook, streamed row by row: each cell's text (shared strings resolved,
 * inline strings and numbers as written). An xlsx is a zip of XML parts, so both layers are treated as hostile:
 * the JDK's StAX with DTDs and external entities off and any DOCTYPE refused, nesting depth capped, every part
 * inflated through a counter that stops at {@link CvrLimits#MAX_PART_BYTES} and at a compression ratio of
 * {@link CvrLimits#MAX_COMPRESSION_RATIO}, the number of entries and of shared strings capped. Nothing is
 * extracted to disk. The sheet is {@code xl/worksheets/sheet1.xml} or, failing that, the first worksheet part by
 * name.
 */
final class XlsxSheet implements AutoCloseable {

    /** One row's cells: column indexes (0 for A) and their text, in column order. */
    record Row(long index, int[] columns, String[] texts, int size) {
    }

    /** Receives rows in order. */
    interface RowHandler {
        void row(Row row);
    }

    private final String file;
    private final ZipFile zip;

    private XlsxSheet(String file, ZipFile zip) {
        this.file = file;
        this.zip = zip;
    }

    static XlsxSheet open(Path path) {
        String file = path.getFileName().toString();
        try {
            return new XlsxSheet(file, new ZipFile(path.toFile()));
        } catch (ZipException e) {
            throw new InputException(file, "", "is not an xlsx workbook (not a zip file: " + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new InputException(file, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Streams the first worksheet's rows to the handler. */
    void rows(RowHandler handler) {
        List<String> shared = sharedStrings();
        ZipEntry sheet = sheetEntry();
        try (InputStream in = part(sheet)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            new SheetParser(file + ": " + sheet.getName(), xml, shared, handler).parse();
        } catch (XMLStreamException e) {
            throw new InputException(file, sheet.getName(), "is not well-formed XML: " + capped(e.getMessage()), e);
        } catch (IOException e) {
            throw new InputException(file, sheet.getName(), "cannot be read: " + e.getMessage(), e);
        }
    }

    private ZipEntry sheetEntry() {
        ZipEntry first = null;
        int entries = 0;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry e = all.nextElement();
            if (++entries > CvrLimits.MAX_ZIP_ENTRIES) {
                throw new InputException(file, "", "has more than " + CvrLimits.MAX_ZIP_ENTRIES
                        + " zip entries (CvrLimits.MAX_ZIP_ENTRIES)");
            }
            String name = e.getName();
            if (name.equals("xl/worksheets/sheet1.xml")) {
                return e;
            }
            if (name.startsWith("xl/worksheets/") && name.endsWith(".xml") && name.indexOf('/', 14) < 0
                    && (first == null || name.compareTo(first.getName()) < 0)) {
                first = e;
            }
        }
        if (first == null) {
            throw new InputException(file, "", "is a zip file but has no worksheet (xl/worksheets/*.xml): not an"
                    + " xlsx workbook");
        }
        return first;
    }

    private List<String> sharedStrings() {
        ZipEntry entry = zip.getEntry("xl/sharedStrings.xml");
        List<String> strings = new ArrayList<>();
        if (entry == null) {
            return strings;
        }
        try (InputStream in = part(entry)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            StringBuilder text = null;
            boolean inT = false;
            int depth = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new InputException(file, entry.getName(), "has a DOCTYPE, which is refused");
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    depth(++depth, entry.getName(), xml);
                    String name = xml.getLocalName();
                    if (name.equals("si")) {
                        text = new StringBuilder();
                    } else if (name.equals("t") && text != null) {
                        inT = true;
                    } else if (name.equals("rPh")) {
                        skip(xml); // phonetic runs are not part of the text
                        depth--;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    String name = xml.getLocalName();
                    if (name.equals("t")) {
                        inT = false;
                    } else if (name.equals("si") && text != null) {
                        if (strings.size() >= CvrLimits.MAX_SHARED_STRINGS) {
                            throw new InputException(file, entry.getName(), "has more than "
                                    + CvrLimits.MAX_SHARED_STRINGS + " shared strings (CvrLimits.MAX_SHARED_STRINGS)");
                        }
                        strings.add(text.toString());
                        text = null;
                    }
                } else if (inT && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE)) {
                    text.append(xml.getText());
                    if (text.length() > CvrLimits.MAX_CELL_CHARS) {
                        throw new InputException(file, entry.getName() + " line " + xml.getLocation().getLineNumber(),
                                "a shared string is longer than " + CvrLimits.MAX_CELL_CHARS
                                        + " characters (CvrLimits.MAX_CELL_CHARS)");
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new InputException(file, entry.getName(), "is not well-formed XML: " + capped(e.getMessage()), e);
        } catch (IOException e) {
            throw new InputException(file, entry.getName(), "cannot be read: " + e.getMessage(), e);
        }
        return strings;
    }

    private static void skip(XMLStreamReader xml) throws XMLStreamException {
        int level = 1;
        while (level > 0 && xml.hasNext()) {
            int event = xml.next();
            level += event == XMLStreamConstants.START_ELEMENT ? 1 : event == XMLStreamConstants.END_ELEMENT ? -1 : 0;
        }
    }

    void depth(int depth, String part, XMLStreamReader xml) {
        if (depth > CvrLimits.MAX_XML_DEPTH) {
            throw new InputException(file, part + " line " + xml.getLocation().getLineNumber(), "nests deeper than "
                    + CvrLimits.MAX_XML_DEPTH + " elements (CvrLimits.MAX_XML_DEPTH)");
        }
    }

    private InputStream part(ZipEntry entry) throws IOException {
        return new Inflation(zip.getInputStream(entry), entry, file);
    }

    static String capped(String message) {
        String m = message == null ? "" : message.replaceAll("\\s+", " ");
        return m.length() > 300 ? m.substring(0, 300) + "..." : m;
    }

    /** The JDK's own StAX, asked for by name, with DTDs, external entities and namespaces off. */
    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external resource " + systemId + " refused");
        });
        return factory;
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException e) {
            throw new InputException(file, "", "cannot be closed: " + e.getMessage(), e);
        }
    }

    /** Counts inflated bytes as they come, never trusting the sizes the zip declares. */
    private static final class Inflation extends FilterInputStream {
        private final long compressed;
        private final String file;
        private final String part;
        private long count;

        Inflation(InputStream in, ZipEntry entry, String file) {
            super(in);
            this.compressed = Math.max(1, entry.getCompressedSize());
            this.file = file;
            this.part = entry.getName();
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > CvrLimits.MAX_PART_BYTES) {
                throw new InputException(file, part, "inflates to more than " + CvrLimits.MAX_PART_BYTES
                        + " bytes (CvrLimits.MAX_PART_BYTES)");
            }
            if (count > CvrLimits.RATIO_GRACE_BYTES && count / compressed > CvrLimits.MAX_COMPRESSION_RATIO) {
                throw new InputException(file, part, "inflates more than " + CvrLimits.MAX_COMPRESSION_RATIO
                        + " times its compressed size, refused as a zip bomb (CvrLimits.MAX_COMPRESSION_RATIO)");
            }
        }
    }
}
