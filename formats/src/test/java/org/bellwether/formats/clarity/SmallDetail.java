package org.bellwether.formats.clarity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.core.Election;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.formats.ReadOptions;

/**
 * A small precinct-level detail.xml, line by line as Clarity writes them, for cases that change one thing in it.
 * Line numbers matter to the messages: the first choice's tag is line 14, its first vote type line 15, the first
 * precinct of that vote type line 16.
 */
final class SmallDetail {

    static final String XML = """
            <?xml version="1.0"?>
            <ElectionResult>
              <Timestamp>6/20/2017 11:28:53 PM EDT</Timestamp>
              <ElectionName>June 20, 2017 - Special Runoff</ElectionName>
              <ElectionDate>6/20/2017</ElectionDate>
              <Region>Cobb</Region>
              <VoterTurnout totalVoters="300" ballotsCast="200" voterTurnout="66.67">
                <Precincts>
                  <Precinct name="P1" totalVoters="100" ballotsCast="80" />
                  <Precinct name="P2" totalVoters="200" ballotsCast="120" />
                </Precincts>
              </VoterTurnout>
              <Contest key="10" text="U.S. Representative, District 6" voteFor="1" precinctsReporting="2" precinctsReported="2">
                <Choice key="1" text="KAREN HANDEL (REP)" totalVotes="90">
                  <VoteType name="Election Day" votes="60">
                    <Precinct name="P1" votes="25" />
                    <Precinct name="P2" votes="35" />
                  </VoteType>
                  <VoteType name="Absentee by Mail" votes="30">
                    <Precinct name="P1" votes="10" />
                    <Precinct name="P2" votes="20" />
                  </VoteType>
                </Choice>
              </Contest>
            </ElectionResult>
            """;

    private SmallDetail() {
    }

    /** The small file with {@code from} replaced by {@code to}, which must occur in it. */
    static String with(String from, String to) {
        if (!XML.contains(from)) {
            throw new IllegalArgumentException("not in the small detail file: " + from);
        }
        return XML.replace(from, to);
    }

    static Path write(Path dir, String xml) throws IOException {
        return Files.writeString(dir.resolve("detail.xml"), xml, StandardCharsets.UTF_8);
    }

    static Election read(Path file, ReadOptions options) {
        ElectionBuilder builder = new ElectionBuilder();
        new ClarityDetailReader().read(file, builder, options);
        return builder.build();
    }

    static Election read(Path file) {
        return read(file, ReadOptions.DEFAULT);
    }
}
