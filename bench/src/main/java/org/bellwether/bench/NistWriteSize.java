package org.bellwether.bench;

import java.io.IOException;
import org.bellwether.core.Election;
import org.bellwether.formats.nist.NistErrJsonWriter;
import org.bellwether.formats.nist.NistErrXmlWriter;

/**
 * What one NIST write of the statewide election produces: input CSV rows, tally rows (one VoteCounts each) and the
 * bytes of the XML and the JSON, printed as {@code key=value} lines for {@code bench/nist.sh}.
 */
public final class NistWriteSize {

    private NistWriteSize() {
    }

    public static void main(String[] args) throws IOException {
        long rows = Long.parseLong(args[0]);
        Election e = ReadAndTabulate.read(NistWriteBenchmark.input(rows));
        NistWriteBenchmark.Counting xml = new NistWriteBenchmark.Counting();
        new NistErrXmlWriter(NistWriteBenchmark.SOFTWARE).write(e, xml);
        NistWriteBenchmark.Counting json = new NistWriteBenchmark.Counting();
        new NistErrJsonWriter(NistWriteBenchmark.SOFTWARE).write(e, json);
        System.out.println("rows=" + rows);
        System.out.println("tallies=" + e.tallies().size());
        System.out.println("units=" + e.units().size());
        System.out.println("xml_bytes=" + xml.bytes);
        System.out.println("json_bytes=" + json.bytes);
    }
}
