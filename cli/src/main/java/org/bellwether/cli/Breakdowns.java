package org.bellwether.cli;

import java.util.List;
import org.bellwether.core.Breakdown;
import org.bellwether.core.Election;
import org.bellwether.core.UnitLevel;
import org.bellwether.core.UnitTree;
import picocli.CommandLine;

/** The {@code --by} dimensions a report can split a contest by. */
enum Breakdowns {
    STATE, COUNTY, PRECINCT, VOTE_TYPE;

    static final class Converter implements CommandLine.ITypeConverter<Breakdowns> {
        @Override
        public Breakdowns convert(String value) {
            try {
                return valueOf(value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                        "unknown breakdown '" + value + "'; use county, precinct, state or vote-type");
            }
        }
    }

    Breakdown of(Election election, int contest, CommandLine cli) {
        if (this == VOTE_TYPE) {
            return Breakdown.byVoteCategory(election, contest);
        }
        UnitLevel level = UnitLevel.valueOf(name());
        if (!new UnitTree(election.units()).hasLevel(level)) {
            throw new CommandLine.ParameterException(cli, "--by " + name().toLowerCase(java.util.Locale.ROOT)
                    + ": these files have no " + name().toLowerCase(java.util.Locale.ROOT) + "-level results");
        }
        return Breakdown.byLevel(election, contest, level);
    }

    static List<Breakdown> all(List<Breakdowns> wanted, Election election, int contest, CommandLine cli) {
        return wanted.stream().map(b -> b.of(election, contest, cli)).toList();
    }
}
