package org.bellwether.analysis.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.bellwether.analysis.Points;
import org.hipparchus.fraction.BigFraction;
import org.junit.jupiter.api.Test;

class PublishedComparisonTest {

    @Test
    void theNationalMarginsAreTheFecTotals() {
        assertThat(Points.signed(NationalVote.PRESIDENT_2016.margin(), 2)).isEqualTo("-2.10");
        assertThat(Points.signed(NationalVote.PRESIDENT_2012.margin(), 2)).isEqualTo("-3.86");
    }

    @Test
    void theTablesLeanIsThreeQuartersOf2016AndAQuarterOf2012RelativeToTheNation() {
        // a district exactly as the nation in both years has lean 0, so its over-performance is its margin
        PublishedComparison even = PublishedComparison.of("even", new BigFraction(-1, 20),
                NationalVote.PRESIDENT_2016.margin(), Optional.of(NationalVote.PRESIDENT_2012.margin()),
                BigFraction.ZERO, new BigFraction(5), Optional.empty());
        assertThat(even.tableLean()).isEqualTo(BigFraction.ZERO);
        assertThat(even.oursAgainstTableLean()).isEqualTo(new BigFraction(-5));
        assertThat(even.difference()).isEqualTo(BigFraction.ZERO);
        assertThat(even.explanation()).startsWith("within the table's rounding");
    }

    @Test
    void without2012InsideTheDistrictItIsDerivedFromTheClintonOverObamaColumn() {
        // 2016 R+20 (fractions of 1: 1/5); Clinton did 7 points worse than Obama, so 2012 was R+13
        PublishedComparison c = PublishedComparison.of("x", new BigFraction(1, 20), new BigFraction(1, 5),
                Optional.empty(), new BigFraction(-7), new BigFraction(16), Optional.of(new BigFraction(18)));
        assertThat(c.district2012()).isEqualTo(new BigFraction(13));
        assertThat(c.derived2012()).isTrue();
        assertThat(c.oursAgainstSharedLean()).contains(new BigFraction(-13));
        assertThat(c.explanation()).contains("2012 margin derived from the table's Clinton-over-Obama column");
    }
}
