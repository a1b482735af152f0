package org.bellwether.analysis.cycle;

import org.hipparchus.fraction.BigFraction;

/**
 * A national presidential popular vote, the reference a partisan lean is measured against.
 *
 * @param year       the election's year
 * @param democratic the Democratic candidate's votes
 * @param republican the Republican candidate's votes
 * @param total      all votes for president
 */
public record NationalVote(int year, long democratic, long republican, long total) {

    /** FEC, "Federal Elections 2016" (official results): Clinton 65,853,514, Trump 62,984,828 of 136,669,276. */
    public static final NationalVote PRESIDENT_2016 = new NationalVote(2016, 65_853_514, 62_984_828, 136_669_276);
    /** FEC, "Federal Elections 2012" (official results): Obama 65,915,795, Romney 60,933,504 of 129,085,410. */
    public static final NationalVote PRESIDENT_2012 = new NationalVote(2012, 65_915_795, 60_933_504, 129_085_410);

    public NationalVote {
        if (democratic < 0 || republican < 0 || democratic + republican > total) {
            throw new IllegalArgumentException("votes " + democratic + " and " + republican + " of " + total);
        }
    }

    /** (R − D) / all votes, a fraction of 1. */
    public BigFraction margin() {
        return new BigFraction(republican - democratic, total);
    }
}
