package org.bellwether.formats.cvr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.bellwether.formats.InputException;
import org.bellwether.formats.XmlGuard;

/**
 * A Hart signature file ({@code SHEET.xml.sig.xml}): a detached XML signature whose {@code SignedInfo} names the
 * sheet, its digest and the algorithms, followed by the signature value and the signer's RSA key. Read through
 * {@link XmlGuard} and the hardened StAX factory (no DTD, no entity, no external resource), bounded in size and
 * elements, with {@code SignedInfo} made canonical as it is read: Canonical XML 1.0 (without comments) of that
 * element, which inherits the signature namespace from its parent (as .NET and every C14N 1.0 implementation
 * render it), attributes sorted, empty elements written with their end tag, text and attribute values escaped.
 * The layout Hart writes has no namespace prefixes; a file with any is refused rather than canonicalized
 * differently.
 */
final class HartSignatureFile {

    static final String DSIG = "http://www.w3.org/2000/09/xmldsig#";
    static final int MAX_BYTES = 1 << 16;
    static final int MAX_ELEMENTS = 64;

    final String file;
    final Map<String, String> values = new HashMap<>();
    private final StringBuilder canonical = new StringBuilder();
    private XMLStreamReader xml;
    private boolean signatureNamespace;

    private HartSignatureFile(String file) {
        this.file = file;
    }

    /**
     * Reads the file; {@link #value} then gives, by element path, each text ({@code SignedInfo/Reference/DigestValue})
     * and algorithm or URI attribute ({@code SignedInfo/SignatureMethod@Algorithm}).
     */
    static HartSignatureFile read(Path path) {
        HartSignatureFile signature = new HartSignatureFile(path.getFileName().toString());
        signature.parse(path);
        return signature;
    }

    /** The SignedInfo element in canonical form, the bytes that were signed. */
    byte[] signedInfo() {
        return canonical.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A value by path; a missing one fails naming it. */
    String value(String path) {
        String v = values.get(path);
        if (v == null || v.isBlank()) {
            throw new InputException(file, path.replace('/', '.'), "is missing: not a Hart signature file");
        }
        return v.trim();
    }

    private void parse(Path path) {
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new InputException(file, "", "is more than " + MAX_BYTES + " bytes: not a Hart signature file"
                        + " (HartSignatureFile.MAX_BYTES)");
            }
            XmlRecords.streamed(file, path, reader -> {
                xml = reader;
                elements();
                return null;
            });
        } catch (IOException e) {
            throw new InputException(file, "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private void elements() throws XMLStreamException {
        String[] path = new String[16];
        int depth = 0;
        int count = 0;
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.DTD -> throw new InputException(file, where(), "declares a DOCTYPE, which a"
                        + " signature file never needs (refused: DTDs and entities are not read)");
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = xml.getLocalName();
                    if (name.indexOf(':') >= 0 || ++count > MAX_ELEMENTS || depth == path.length) {
                        throw new InputException(file, where(), "element " + InputException.echo(name) + " is not"
                                + " of the layout a Hart signature has (no prefixes, at most " + MAX_ELEMENTS
                                + " elements)");
                    }
                    path[depth++] = name;
                    if (depth == 1 && !name.equals("Signature")) {
                        throw new InputException(file, where(), "the root element is " + InputException.echo(name)
                                + ", not Signature: not a Hart signature file");
                    }
                    start(path, depth);
                    if (depth == 1 && !signatureNamespace) {
                        throw new InputException(file, where(), "Signature is not in the namespace " + DSIG
                                + ": not a Hart signature file");
                    }
                    text.setLength(0);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA -> {
                    text.append(xml.getText());
                    if (inSignedInfo(path, depth)) {
                        escapeText(xml.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (inSignedInfo(path, depth)) {
                        canonical.append("</").append(path[depth - 1]).append('>');
                    }
                    values.putIfAbsent(String.join("/", java.util.Arrays.copyOfRange(path, 1, depth)),
                            text.toString());
                    text.setLength(0);
                    depth--;
                }
                case XMLStreamConstants.PROCESSING_INSTRUCTION, XMLStreamConstants.ENTITY_REFERENCE -> {
                    if (inSignedInfo(path, depth)) {
                        throw new InputException(file, where(), "SignedInfo holds a processing instruction or an"
                                + " entity: not the layout of a Hart signature");
                    }
                }
                default -> {
                    // comments (left out of the canonical form), the document's start and end
                }
            }
        }
    }

    private static boolean inSignedInfo(String[] path, int depth) {
        return depth >= 2 && path[1].equals("SignedInfo");
    }

    /** Records the element's attributes and, inside SignedInfo, writes its canonical start tag. */
    private void start(String[] path, int depth) {
        String at = String.join("/", java.util.Arrays.copyOfRange(path, 1, depth));
        java.util.TreeMap<String, String> attributes = new java.util.TreeMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String name = xml.getAttributeLocalName(i);
            String value = xml.getAttributeValue(i);
            if (name.equals("xmlns") || name.startsWith("xmlns:")) {
                if (!name.equals("xmlns") || !value.equals(DSIG)) {
                    throw new InputException(file, where(), "declares the namespace " + InputException.echo(
                            name + "=" + value) + "; a Hart signature is in " + DSIG + " alone");
                }
                signatureNamespace |= depth == 1;
                continue;
            }
            if (name.indexOf(':') >= 0) {
                throw new InputException(file, where(), "attribute " + InputException.echo(name) + " has a prefix:"
                        + " not the layout of a Hart signature");
            }
            attributes.put(name, value);
            values.putIfAbsent(at + "@" + name, value);
        }
        if (!inSignedInfo(path, depth)) {
            return;
        }
        canonical.append('<').append(path[depth - 1]);
        if (depth == 2) {
            canonical.append(" xmlns=\"").append(DSIG).append('"'); // in scope from Signature
        }
        attributes.forEach((name, value) -> {
            canonical.append(' ').append(name).append("=\"");
            escapeAttribute(value);
            canonical.append('"');
        });
        canonical.append('>');
    }

    private void escapeText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> canonical.append("&amp;");
                case '<' -> canonical.append("&lt;");
                case '>' -> canonical.append("&gt;");
                case '\r' -> canonical.append("&#xD;");
                default -> canonical.append(c);
            }
        }
    }

    private void escapeAttribute(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> canonical.append("&amp;");
                case '<' -> canonical.append("&lt;");
                case '"' -> canonical.append("&quot;");
                case '\t' -> canonical.append("&#x9;");
                case '\n' -> canonical.append("&#xA;");
                case '\r' -> canonical.append("&#xD;");
                default -> canonical.append(c);
            }
        }
    }

    private String where() {
        return XmlRecords.where(xml);
    }
}
