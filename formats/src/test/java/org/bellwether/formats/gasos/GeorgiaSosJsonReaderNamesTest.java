package org.bellwether.formats.gasos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.bellwether.formats.gasos.SmallExport.read;
import static org.bellwether.formats.gasos.SmallExport.replacing;
import static org.bellwether.formats.gasos.SmallExport.write;
import static org.bellwether.formats.gasos.Tallies.votes;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.bellwether.core.Choice;
import org.bellwether.core.Election;
import org.bellwether.formats.ChoiceAliases;
import org.bellwether.formats.ChoiceMetadata;
import org.bellwether.formats.ChoiceMetadata.ChoiceFacts;
import org.bellwether.formats.InputException;
import org.bellwether.formats.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choice names: the repeated party suffix, parties from the metadata side file, declared aliases. */
class GeorgiaSosJsonReaderNamesTest {

    static final String HOUSE = "U.S. Representative, District 6";

    @TempDir
    Path dir;

    @Test
    void stripsAPartySuffixOnlyWhenItRepeatsThePoliticalParty() {
        assertThat(ChoiceNames.withoutPartySuffix("KAREN HANDEL (REP)", Optional.of("REP"))).isEqualTo("KAREN HANDEL");
        assertThat(ChoiceNames.withoutPartySuffix("LeMario Brown (Dem)", Optional.of("DEM")))
                .isEqualTo("LeMario Brown");
        assertThat(ChoiceNames.withoutPartySuffix("JOHN DOE (IND)", Optional.of("REP"))).isEqualTo("JOHN DOE (IND)");
        assertThat(ChoiceNames.withoutPartySuffix("JOHN DOE (IND)", Optional.empty())).isEqualTo("JOHN DOE (IND)");
        assertThat(ChoiceNames.withoutPartySuffix("(REP)", Optional.of("REP"))).isEqualTo("(REP)");
    }

    @Test
    void takesAMissingPartyFromTheMetadataButNeverOverridesTheFile() {
        String json = SmallExport.JSON.replace("\"politicalParty\":\"DEM\"", "\"politicalParty\":null")
                .replace("JON OSSOFF (DEM)", "JON OSSOFF");
        ChoiceMetadata metadata = new ChoiceMetadata(Map.of(
                "JON OSSOFF", new ChoiceFacts(Optional.of("D"), false),
                "KAREN HANDEL", new ChoiceFacts(Optional.of("R"), false)));

        Election election = read(write(dir, json), ReadOptions.DEFAULT.withMetadata(metadata));

        assertThat(election.contests().get(0).choices()).containsExactly(
                new Choice("KAREN HANDEL", Optional.of("REP"), false),
                new Choice("JON OSSOFF", Optional.of("D"), false));
    }

    @Test
    void mergesDeclaredAliasesAndNotesTheMergeOnce() {
        ChoiceAliases aliases = new ChoiceAliases(Map.of("JON OSSOFF", "Jon Ossoff"));

        Election election = read(write(dir, SmallExport.JSON), ReadOptions.DEFAULT.withAliases(aliases));

        assertThat(election.contests().get(0).choices()).extracting(Choice::label)
                .containsExactly("KAREN HANDEL (REP)", "Jon Ossoff (DEM)");
        assertThat(votes(election, HOUSE, "Jon Ossoff")).isEqualTo(2155);
        assertThat(election.notes()).first().isEqualTo(
                "georgia-sos-json: export.json: merged choice \"JON OSSOFF\" into \"Jon Ossoff\" (declared alias)");
        assertThat(election.notes()).hasSize(2);
    }

    @Test
    void rejectsAnAliasThatMergesTwoOptionsOfOneCounty() {
        ChoiceAliases aliases = new ChoiceAliases(Map.of("JON OSSOFF", "KAREN HANDEL"));
        Path file = write(dir, SmallExport.JSON);

        assertThatThrownBy(() -> read(file, ReadOptions.DEFAULT.withAliases(aliases)))
                .isInstanceOf(InputException.class)
                .hasMessage(file + ": $.results.ballotItems[0].ballotOptions[1].groupResults[0].voteCount: duplicate: "
                        + "\"KAREN HANDEL\" in \"U.S. Representative, District 6\", vote type \"Election Day\" "
                        + "appears twice for \"Georgia\"");
    }

    @Test
    void keepsContestNamesAndVoteForAsGiven() {
        String json = replacing("\"voteFor\":1,\"ballotOptions\":[\n   {\"id\":\"1\"",
                "\"voteFor\":2,\"ballotOptions\":[\n   {\"id\":\"1\"");

        Election election = read(write(dir, json), ReadOptions.DEFAULT);

        assertThat(election.contests()).singleElement()
                .satisfies(c -> assertThat(c.name() + "/" + c.voteFor()).isEqualTo(HOUSE + "/2"));
    }
}
