package org.bellwether.formats.nist;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.core.SharedData;
import org.junit.jupiter.api.Test;

/** Each NIST reader recognises its encoding from the first bytes, whatever the file is called. */
class NistErrDetectionTest {

    private static final NistErrXmlReader XML = new NistErrXmlReader();
    private static final NistErrJsonReader JSON = new NistErrJsonReader();

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8192);
        }
    }

    @Test
    void theXmlReaderRecognisesBothNistXmlInstancesAndNothingElse() throws IOException {
        assertThat(XML.recognises(head(NistFiles.GEN01_XML))).isTrue();
        assertThat(XML.recognises(head(NistFiles.CAMBRIDGE_XML))).isTrue();
        assertThat(XML.recognises(head(NistFiles.GEN01_JSON))).isFalse();
        assertThat(XML.recognises(head(SharedData.file("ga06-2017/clarity/special_Cobb.xml")))).isFalse();
    }

    @Test
    void theJsonReaderFindsTheNistTypeThoughTheRootTypeComesLast() throws IOException {
        assertThat(JSON.recognises(head(NistFiles.GEN01_JSON))).isTrue();
        assertThat(JSON.recognises(head(NistFiles.CAMBRIDGE_JSON))).isTrue();
        assertThat(JSON.recognises(head(NistFiles.CAMBRIDGE_XML))).isFalse();
        assertThat(JSON.recognises(head(SharedData.file("ga06-2017/sos/export-2017JunSpecRun.json")))).isFalse();
    }

    @Test
    void aCommentOrDoctypeBeforeTheRootDoesNotHideIt() {
        String xml = "<?xml version=\"1.0\"?>\n<!-- <Other> -->\n<!DOCTYPE x>\n<ElectionReport xmlns=\""
                + XmlFields.NAMESPACE + "\">";

        assertThat(XML.recognises(xml.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(XML.recognises("<ElectionReport xmlns=\"urn:other\">".getBytes(StandardCharsets.UTF_8))).isFalse();
    }
}
