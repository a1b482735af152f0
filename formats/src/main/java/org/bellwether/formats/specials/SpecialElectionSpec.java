package org.bellwether.formats.specials;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A special election as its declarative file describes it: which files hold it, which contest, which baselines
 * to measure it from, and where its side files are. Adding a special election is writing one such file.
 *
 * @param file       the special-election file itself
 * @param name       e.g. {@code GA-06 runoff}
 * @param date       the election day as written, e.g. {@code 2017-06-20}
 * @param files      result file patterns relative to the data root
 * @param contest    the contest's name in the results
 * @param district   the district's id in the partisan-lean table, e.g. {@code GA-6}
 * @param published  the district's id in the published-figures table ({@code cookIndices.js}), when different
 * @param choices    choice-facts side file (party labels), relative to this file's folder
 * @param aliases    alias side file, relative to this file's folder
 * @param totalsReport whether disagreeing total rows are reported rather than refused
 * @param republican choice names declared Republican, beside party labels
 * @param democratic choice names declared Democratic
 * @param fec        FEC id table (choice,fec_id), relative to this file's folder
 * @param crosswalk  reviewed precinct pairs (county,from,to), relative to this file's folder
 * @param baselines  the baselines, in the order reports list them
 * @param flows      for a runoff: where vote flows from the earlier round come from
 * @param rule       the rule that decides the contest, as the command line spells it ({@code georgia},
 *                   {@code plurality}); empty: plurality
 */
public record SpecialElectionSpec(Path file, String name, String date, List<String> files, String contest,
        String district, Optional<String> published, Optional<Path> choices, Optional<Path> aliases,
        boolean totalsReport, List<String> republican, List<String> democratic, Optional<Path> fec,
        Optional<Path> crosswalk, List<BaselineSpec> baselines, Optional<FlowsSpec> flows, Optional<String> rule) {

    public SpecialElectionSpec {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(date, "date");
        files = List.copyOf(files);
        Objects.requireNonNull(contest, "contest");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(choices, "choices");
        Objects.requireNonNull(aliases, "aliases");
        republican = List.copyOf(republican);
        democratic = List.copyOf(democratic);
        Objects.requireNonNull(fec, "fec");
        Objects.requireNonNull(crosswalk, "crosswalk");
        baselines = List.copyOf(baselines);
        Objects.requireNonNull(flows, "flows (use Optional.empty())");
        Objects.requireNonNull(rule, "rule (use Optional.empty())");
    }

    /** The published-figures id: {@link #published} when given, else the lean id. */
    public String publishedDistrict() {
        return published.orElse(district);
    }
}
