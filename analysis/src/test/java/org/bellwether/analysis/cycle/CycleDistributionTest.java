package org.bellwether.analysis.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.bellwether.analysis.DistrictLean;
import org.bellwether.core.SharedData;
import org.bellwether.formats.specials.PublishedSpecial;
import org.bellwether.formats.specials.PublishedSpecialsFile;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

/** FiveThirtyEight's 200 contests of the 2017-18 cycle as a distribution, computed from the shared table. */
class CycleDistributionTest {

    static List<CycleSpecial> cycle() {
        return PublishedSpecialsFile.read(SharedData.file("specials-2017/538/special-elections.csv")).stream()
                .map(CycleDistributionTest::special).toList();
    }

    static CycleSpecial special(PublishedSpecial p) {
        return new CycleSpecial(p.date(), p.label(), CycleSpecial.Level.valueOf(p.race().level().name()),
                p.race().federal(), p.regularlyScheduled(), DistrictLean.exact(p.demOverLean()).negate());
    }

    @Test
    void theTablesOwnAverageAndMedian() {
        Summary all = new CycleDistribution(cycle()).overall();
        assertThat(all.count()).isEqualTo(200);
        // Σ = 1,658 Democratic points over 200 contests: D+8.29; the 100th and 101st values are both D+5
        assertThat(all.mean()).isEqualTo(new BigFraction(-829, 100));
        assertThat(all.median()).isEqualTo(new BigFraction(-5));
        assertThat(all.sd()).isCloseTo(15.517, org.assertj.core.api.Assertions.within(0.001));
    }

    @Test
    void gaSixthIsNearTheMiddleOfTheCycleAndLowAmongCongressionalSpecials() {
        CycleDistribution d = new CycleDistribution(cycle());
        Placement ga = d.place("GA 6th CD", new BigFraction(-6));
        // 88 contests were more Democratic than D+6, and 8 (GA-06 among them) were exactly D+6
        assertThat(ga.rank()).isEqualTo(89);
        assertThat(ga.tied()).isEqualTo(7);
        assertThat(ga.fromMean()).isEqualTo(new BigFraction(229, 100));
        assertThat(ga.fromMedian()).isEqualTo(new BigFraction(-1));
        Placement congressional = d.placeInLevel("GA 6th CD", new BigFraction(-6), CycleSpecial.Level.CONGRESSIONAL);
        assertThat(congressional.rank()).isEqualTo(6);
        assertThat(congressional.of()).isEqualTo(7);
    }

    @Test
    void byLevelAndByMonth() {
        CycleDistribution d = new CycleDistribution(cycle());
        assertThat(d.byLevel().get(CycleSpecial.Level.CONGRESSIONAL).count()).isEqualTo(7);
        assertThat(d.byLevel().get(CycleSpecial.Level.CONGRESSIONAL).mean()).isEqualTo(new BigFraction(-104, 7));
        assertThat(d.byMonth().get(YearMonth.of(2017, 11)).count()).isEqualTo(129);
        assertThat(d.byMonth().keySet()).first().isEqualTo(YearMonth.of(2017, 1));
        assertThat(d.asOf(LocalDate.of(2017, 6, 20))).hasSize(23);
    }
}
