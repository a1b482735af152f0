package org.bellwether.formats.nist;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.bellwether.core.Contest;
import org.bellwether.core.Election;
import org.bellwether.core.ElectionType;
import org.bellwether.core.ReportingUnit;
import org.bellwether.core.Tally;
import org.bellwether.core.UnitStatistic;
import org.bellwether.core.VoteType;

/**
 * What "the same election" means for round trips: name, date, type, contests with their choices in order, units
 * and vote types in order (tallies refer to all of these by index), and the same tallies and statistics. Tallies
 * and statistics are sets of keyed figures: a NIST file nests counts in their selection, so a source that lists
 * them unit by unit comes back grouped by selection. Sources and notes say how an election was read, not what it
 * is, so they are left out. Contests keep their declared rule and how complete their count is (stated or derived
 * from their units), but not the words that say how that is known: a NIST file states it in its own fields.
 */
record Results(String name, Optional<LocalDate> date, ElectionType type, List<Object> contests,
        List<ReportingUnit> units, List<VoteType> voteTypes, Set<Tally> tallies, Set<UnitStatistic> statistics) {

    static Results of(Election e) {
        List<org.bellwether.core.Reporting> reporting = org.bellwether.core.CountReporting.of(e);
        List<Object> contests = new java.util.ArrayList<>();
        for (int i = 0; i < e.contests().size(); i++) {
            Contest c = e.contests().get(i);
            org.bellwether.core.Reporting r = reporting.get(i);
            contests.add(List.of(c.name(), c.voteFor(), c.choices(), c.declared(), r.completeness(),
                    r.unitsReporting(), r.unitsExpected()));
        }
        return new Results(e.name(), e.date(), e.type(), contests, e.units(), e.voteTypes(),
                e.tallies().stream().collect(Collectors.toSet()), Set.copyOf(e.statistics()));
    }
}
