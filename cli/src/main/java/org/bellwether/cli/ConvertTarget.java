package org.bellwether.cli;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import org.bellwether.core.Election;
import org.bellwether.formats.nist.NistErrJsonWriter;
import org.bellwether.formats.nist.NistErrXmlWriter;
import org.bellwether.formats.openelections.OpenElectionsCsvWriter;
import picocli.CommandLine;

/** The formats {@code convert} writes, by the names users type. */
enum ConvertTarget {
    NIST_XML, NIST_JSON, CSV;

    /** {@code nist-xml}, as typed. */
    String typed() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    void write(Election election, OutputStream out) {
        String software = "Bellwether " + SoftwareVersion.get();
        switch (this) {
            case NIST_XML -> new NistErrXmlWriter(software).write(election, out);
            case NIST_JSON -> new NistErrJsonWriter(software).write(election, out);
            case CSV -> new OpenElectionsCsvWriter().write(election, out);
        }
    }

    static final class Converter implements CommandLine.ITypeConverter<ConvertTarget> {
        @Override
        public ConvertTarget convert(String value) {
            for (ConvertTarget t : values()) {
                if (t.typed().equalsIgnoreCase(value.strip())) {
                    return t;
                }
            }
            throw new CommandLine.TypeConversionException("unknown format '" + value
                    + "': expected nist-xml, nist-json or csv");
        }
    }

    /** The names for help and completion. */
    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values()).map(ConvertTarget::typed).iterator();
        }
    }
}
