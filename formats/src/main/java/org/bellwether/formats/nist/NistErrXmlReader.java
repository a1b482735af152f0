package org.bellwether.formats.nist;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.formats.InputException;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.ResultsReader;
import org.bellwether.formats.XmlGuard;

/**
 * Reads NIST SP 1500-100 v2 Election Results Reporting XML: GpUnits become reporting units, contests and
 * selections become contests and choices, VoteCounts become tallies by vote type, and figures a file repeats at
 * several levels are checked, not stored twice (see {@code docs/architecture.md} for the whole mapping). The parser
 * has DTDs and external entities off ({@link SecureXml}); a DOCTYPE is refused naming its line.
 */
public final class NistErrXmlReader implements ResultsReader {

    static final String NAME = "nist-err-xml";

    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    /** The first start tag: not a declaration ({@code <?}, {@code <!}) nor an end tag. */
    private static final Pattern FIRST_TAG = Pattern.compile("<([A-Za-z_][\\w.-]*:)?([A-Za-z_][\\w.-]*)[\\s/>]");

    private final XMLInputFactory factory = SecureXml.inputFactory();

    public NistErrXmlReader() {
        // the factory is safe to share: each read makes its own stream reader
    }

    @Override
    public String name() {
        return NAME;
    }

    /** An XML file whose root element is ElectionReport and that declares the NIST ERR v2 namespace. */
    @Override
    public boolean recognises(byte[] head) {
        String text = COMMENT.matcher(new String(head, StandardCharsets.UTF_8)).replaceAll("").replace("\uFEFF", "");
        Matcher tag = FIRST_TAG.matcher(text);
        return text.stripLeading().startsWith("<") && tag.find() && "ElectionReport".equals(tag.group(2))
                && text.contains(XmlFields.NAMESPACE);
    }

    @Override
    public void read(Path file, ElectionBuilder into, ReadOptions options) {
        NistReading.read(file, into, options, NAME, (in, name) -> {
            try {
                return new XmlFields(factory.createXMLStreamReader(XmlGuard.of(in)), name);
            } catch (XMLStreamException e) {
                throw new InputException(name, "", "malformed XML: " + e.getMessage(), e);
            } catch (java.util.MissingResourceException e) {
                throw new InputException(name, "", org.bellwether.formats.XmlParserFailure.problem(e), e);
            } catch (XmlGuard.Refused e) {
                throw new InputException(name, e.location(), e.getMessage(), e);
            }
        });
    }
}
