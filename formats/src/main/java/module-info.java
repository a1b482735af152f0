/**
 * Readers and writers of election results formats (Georgia SOS JSON, OpenElections CSV, NIST SP 1500-100 XML and
 * JSON, Clarity detail XML), side files, report writers, FIPS codes and the analyses' input files.
 */
module org.bellwether.formats {
    requires transitive org.bellwether.core;
    requires com.fasterxml.jackson.core;
    requires de.siegmar.fastcsv;
    requires transitive java.xml;

    exports org.bellwether.formats;
    exports org.bellwether.formats.baseline;
    exports org.bellwether.formats.clarity;
    exports org.bellwether.formats.cvr;
    exports org.bellwether.formats.fec;
    exports org.bellwether.formats.fips;
    exports org.bellwether.formats.gasos;
    exports org.bellwether.formats.geo;
    exports org.bellwether.formats.nist;
    exports org.bellwether.formats.openelections;
    exports org.bellwether.formats.report;
    exports org.bellwether.formats.sidefile;
    exports org.bellwether.formats.specials;
}
