package org.bellwether.formats.gasos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bellwether.core.Election;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.formats.ReadOptions;

/**
 * A small export in the shape of the June 2017 runoff: one contest, two candidates, two counties, two vote types.
 * Every count differs from every other, so a test breaks exactly one of them with a text replacement.
 * State: HANDEL 2017 + 398 = 2415, OSSOFF 1544 + 611 = 2155; Cobb: 1203 + 251 = 1454, 902 + 377 = 1279;
 * DeKalb: 814 + 147 = 961, 642 + 234 = 876.
 */
final class SmallExport {

    static final String JSON = """
            {"electionDate":"2017-06-20","electionName":"June 20, 2017 - Special Runoff",
             "results":{"id":"s1","name":"Georgia","ballotItems":[
              {"id":"30600","name":"U.S. Representative, District 6","voteFor":1,"ballotOptions":[
               {"id":"1","name":"KAREN HANDEL (REP)","politicalParty":"REP","voteCount":2415,"groupResults":[
                {"groupName":"Election Day","voteCount":2017},{"groupName":"Absentee by Mail","voteCount":398}]},
               {"id":"2","name":"JON OSSOFF (DEM)","politicalParty":"DEM","voteCount":2155,"groupResults":[
                {"groupName":"Election Day","voteCount":1544},{"groupName":"Absentee by Mail","voteCount":611}]}]}]},
             "localResults":[
              {"id":"c1","name":"Cobb County","ballotItems":[
               {"id":"30600","name":"U.S. Representative, District 6","voteFor":1,"ballotOptions":[
                {"id":"1","name":"KAREN HANDEL (REP)","politicalParty":"REP","voteCount":1454,"groupResults":[
                 {"groupName":"Election Day","voteCount":1203},{"groupName":"Absentee by Mail","voteCount":251}]},
                {"id":"2","name":"JON OSSOFF (DEM)","politicalParty":"DEM","voteCount":1279,"groupResults":[
                 {"groupName":"Election Day","voteCount":902},{"groupName":"Absentee by Mail","voteCount":377}]}]}]},
              {"id":"c2","name":"DeKalb County","ballotItems":[
               {"id":"30600","name":"U.S. Representative, District 6","voteFor":1,"ballotOptions":[
                {"id":"1","name":"KAREN HANDEL (REP)","politicalParty":"REP","voteCount":961,"groupResults":[
                 {"groupName":"Election Day","voteCount":814},{"groupName":"Absentee by Mail","voteCount":147}]},
                {"id":"2","name":"JON OSSOFF (DEM)","politicalParty":"DEM","voteCount":876,"groupResults":[
                 {"groupName":"Election Day","voteCount":642},{"groupName":"Absentee by Mail","voteCount":234}]}]}]}]}
            """;

    private SmallExport() {
    }

    /** The small export with {@code target} replaced, which must occur exactly once. */
    static String replacing(String target, String replacement) {
        return replacing(JSON, target, replacement);
    }

    static String replacing(String json, String target, String replacement) {
        int at = json.indexOf(target);
        if (at < 0 || json.indexOf(target, at + 1) >= 0) {
            throw new IllegalArgumentException("not exactly once in the export: " + target);
        }
        return json.replace(target, replacement);
    }

    static Path write(Path dir, String json) {
        try {
            return Files.writeString(dir.resolve("export.json"), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Election read(Path file, ReadOptions options) {
        ElectionBuilder builder = new ElectionBuilder();
        new GeorgiaSosJsonReader().read(file, builder, options);
        return builder.build();
    }
}
