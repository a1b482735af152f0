package org.bellwether.formats.nist;

import java.io.OutputStream;
import java.util.Objects;
import org.bellwether.core.Election;

/**
 * Writes an election as NIST SP 1500-100 v2 Election Results Reporting XML that validates against the NIST XSD.
 * The output is byte-identical for the same election and software version: ObjectIds derive from the model, the
 * order is the model's, and no clock time is written (see {@link NistDates}).
 */
public final class NistErrXmlWriter {

    private final String software;

    /** @param software the writing software and version, e.g. {@code Bellwether 0.1.0}: the report's VendorApplicationId */
    public NistErrXmlWriter(String software) {
        this.software = Objects.requireNonNull(software, "software");
    }

    /** Writes UTF-8 XML to {@code out}, which is flushed, not closed. */
    public void write(Election election, OutputStream out) {
        ReportWalker.write(new ReportPlan(election, software), new XmlSink(out));
    }
}
