package org.bellwether.formats.clarity;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.formats.InputException;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.ReaderNotes;
import org.bellwether.formats.ResultsReader;
import org.bellwether.formats.XmlGuard;
import org.bellwether.formats.XmlLimit;

/**
 * Reads Clarity (Scytl) election-night reporting {@code detail.xml} files, and the {@code detailxml.zip} that holds
 * one, streaming them with the JDK's StAX parser hardened against hostile XML ({@link SafeXml}, {@link XmlLimit})
 * and zips ({@link ZipLimits}). A county's file gives its precincts, a state's file its counties, each by vote
 * type; every total the file repeats is checked against its parts and never stored twice. Unit ids, contest and
 * choice names follow the Georgia Secretary of State's export where they are the same things (see
 * {@link Region}, {@link ChoiceNames}), so that an election-night file and the certified export can be compared.
 */
public final class ClarityDetailReader implements ResultsReader {

    static final String NAME = "clarity-detail-xml";

    private final ZipLimits zipLimits;

    public ClarityDetailReader() {
        this(ZipLimits.DEFAULT);
    }

    ClarityDetailReader(ZipLimits zipLimits) {
        this.zipLimits = zipLimits;
    }

    /**
     * A StAX factory with the settings this reader parses with (no DTD, no external entities, every external
     * resource refused), for comparing the reader with a bare parse of the same bytes.
     */
    public static XMLInputFactory xmlInputFactory() {
        return SafeXml.factory();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean recognises(byte[] head) {
        return Heads.isDetailXml(head) || Heads.isDetailZip(head);
    }

    @Override
    public boolean readsBinary() {
        return true;
    }

    @Override
    public void read(Path file, ElectionBuilder into, ReadOptions options) {
        Place place = Place.of(file.toString());
        ReaderNotes notes = new ReaderNotes(into, NAME, String.valueOf(file.getFileName()));
        try (InputStream bytes = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            bytes.mark(4);
            boolean zip = Heads.isZip(bytes.readNBytes(4));
            bytes.reset();
            if (zip) {
                DetailZip.read(bytes, place, zipLimits, notes,
                        (xml, entry) -> parse(xml, place.inEntry(entry), into, options, notes));
            } else {
                parse(bytes, place, into, options, notes);
            }
        } catch (NoSuchFileException e) {
            throw new InputException(place.file(), "", "file does not exist", e);
        } catch (IOException e) {
            throw new InputException(place.file(), "", "cannot be read: " + e.getMessage(), e);
        }
    }

    private static void parse(InputStream bytes, Place place, ElectionBuilder into, ReadOptions options,
            ReaderNotes notes) {
        InputStream guarded = guard(bytes, place);
        XMLStreamReader xml = open(guarded, place);
        try {
            notes.add(parser(new Cursor(xml, place, notes), into, options, place, notes).document());
        } finally {
            close(xml);
        }
    }

    /** Wires the parts of one read together; each part holds only what it needs. */
    private static DetailParser parser(Cursor in, ElectionBuilder into, ReadOptions options, Place place,
            ReaderNotes notes) {
        Units units = new Units(into, in);
        VoteTypes voteTypes = new VoteTypes(into);
        Totals totals = new Totals(options.totals(), place, notes);
        FigureParser figures = new FigureParser(in, units, totals);
        ChoiceNames names = new ChoiceNames(options.aliases(), options.metadata(), notes);
        ChoiceParser choices = new ChoiceParser(in, into, names, voteTypes, figures, units, totals);
        ContestParser contests = new ContestParser(in, into, choices, figures, voteTypes, notes);
        TurnoutParser turnout = new TurnoutParser(in, into, units, voteTypes, totals);
        return new DetailParser(in, into, units, turnout, contests, totals);
    }

    private static InputStream guard(InputStream bytes, Place place) {
        try {
            return XmlGuard.of(bytes);
        } catch (IOException e) {
            throw place.error(1, "cannot be read: " + ParserMessages.plain(String.valueOf(e.getMessage())));
        }
    }

    private static XMLStreamReader open(InputStream bytes, Place place) {
        try {
            return SafeXml.factory().createXMLStreamReader(bytes);
        } catch (XMLStreamException e) {
            throw place.error(1, "malformed XML: " + ParserMessages.plain(String.valueOf(e.getMessage())));
        } catch (java.util.MissingResourceException e) {
            throw place.error(1, org.bellwether.formats.XmlParserFailure.problem(e));
        } catch (XmlGuard.Refused e) {
            throw place.error(e.line(), e.getMessage());
        }
    }

    private static void close(XMLStreamReader xml) {
        try {
            xml.close();
        } catch (XMLStreamException e) {
            // the stream under it is closed by the caller; nothing was left to read
        }
    }
}
