package org.bellwether.formats.nist;

import java.nio.file.Path;
import java.util.List;
import org.bellwether.core.Election;
import org.bellwether.core.SharedData;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.Readers;

/** The NIST ERR v2 files of the shared data, and reading them as the CLI does. */
final class NistFiles {

    static final String DIR = "formats/nist-err-v2/";
    static final Path XSD = SharedData.file(DIR + "NIST_V2_election_results_reporting.xsd");
    static final Path SCHEMA = SharedData.file(DIR + "NIST_V2_election_results_reporting.schema.json");
    static final Path GEN01_XML = SharedData.file(DIR + "cdf-test-method/synthetic_gen-01_err_v2_err-gen-01.xml");
    static final Path GEN01_JSON = SharedData.file(DIR + "cdf-test-method/synthetic_gen-01_err_v2_err-gen-01.json");
    static final Path CAMBRIDGE_XML = SharedData.file(DIR
            + "cdf-test-method/real_world_ma_cambridge_2022_general_err_v2_err-2022-11-08-Massachusetts-Cambridge.xml");
    static final Path CAMBRIDGE_JSON = SharedData.file(DIR
            + "cdf-test-method/real_world_ma_cambridge_2022_general_err_v2_err-2022-11-08-Massachusetts-Cambridge.json");

    static final Readers READERS = new Readers(List.of(new NistErrXmlReader(), new NistErrJsonReader()));

    private NistFiles() {
    }

    static Election read(Path file) {
        return READERS.read(List.of(file), ReadOptions.DEFAULT);
    }
}
