package org.bellwether.analysis.cycle;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hipparchus.fraction.BigFraction;

/**
 * The cycle's specials as a distribution: overall, by level and by month, each contest once.
 *
 * @param specials the specials, in the order given
 */
public record CycleDistribution(List<CycleSpecial> specials) {

    public CycleDistribution {
        specials = List.copyOf(specials);
        if (specials.isEmpty()) {
            throw new IllegalArgumentException("no specials in the cycle");
        }
    }

    public Summary overall() {
        return Summary.of(values(specials));
    }

    public Map<CycleSpecial.Level, Summary> byLevel() {
        Map<CycleSpecial.Level, Summary> out = new EnumMap<>(CycleSpecial.Level.class);
        specials.stream().collect(Collectors.groupingBy(CycleSpecial::level))
                .forEach((level, list) -> out.put(level, Summary.of(values(list))));
        return out;
    }

    public Map<YearMonth, Summary> byMonth() {
        Map<YearMonth, Summary> out = new TreeMap<>();
        specials.stream().collect(Collectors.groupingBy(s -> YearMonth.from(s.date())))
                .forEach((month, list) -> out.put(month, Summary.of(values(list))));
        return out;
    }

    /** A special's place among all the cycle's specials and among those of its level. */
    public Placement place(String name, BigFraction environment) {
        return Placement.of(name, environment, values(specials));
    }

    public Placement placeInLevel(String name, BigFraction environment, CycleSpecial.Level level) {
        return Placement.of(name, environment, values(specials.stream().filter(s -> s.level() == level).toList()));
    }

    /** The specials held on or before {@code cutoff}. */
    public List<CycleSpecial> asOf(LocalDate cutoff) {
        Objects.requireNonNull(cutoff, "cutoff");
        return specials.stream().filter(s -> !s.date().isAfter(cutoff)).toList();
    }

    static List<BigFraction> values(List<CycleSpecial> list) {
        return list.stream().map(CycleSpecial::environment).toList();
    }
}
