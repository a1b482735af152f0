package org.bellwether.formats.openelections;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The reader's identity and its recognition of files by their first line. */
class OpenElectionsCsvReaderTest {

    private final OpenElectionsCsvReader reader = new OpenElectionsCsvReader();

    private boolean recognises(String head) {
        return reader.recognises(head.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void isNamedOpenElectionsCsv() {
        assertThat(reader.name()).isEqualTo("openelections-csv");
    }

    @Test
    void recognisesAHeaderNamingCountyOfficeAndCandidateInAnyOrderOrCase() {
        assertThat(recognises("county,precinct,office,district,candidate,party,votes\r\nCobb,...")).isTrue();
        assertThat(recognises("county,precinct,district,office,party,candidate,votes\n")).isTrue();
        assertThat(recognises("\uFEFFCounty,Office,Candidate,Votes")).isTrue();
        assertThat(recognises("\"county\",\"office\",\"candidate\",\"election_day_votes\"\n")).isTrue();
    }

    @Test
    void doesNotRecogniseOtherFiles() {
        assertThat(recognises("\uFEFFdistrict,2018\nAK-01,R+15\n")).isFalse();
        assertThat(recognises("county,precinct,office,votes\n")).isFalse();
        assertThat(recognises("{\"results\": {\"ballotItems\": []}}")).isFalse();
        assertThat(recognises("<?xml version=\"1.0\"?><ElectionResult/>")).isFalse();
        assertThat(recognises("\"county,office,candidate\n")).isFalse();
        assertThat(recognises("")).isFalse();
    }
}
