package org.bellwether.core;

/**
 * Where a later builder's contests, choices, units and vote types stand in the builder it is appended to: each
 * array maps the later builder's index to the earlier one's.
 *
 * @param contests  contest index to contest index
 * @param choices   per later contest, choice index to choice index within the mapped contest
 * @param units     unit index to unit index
 * @param voteTypes vote type index to vote type index
 */
record IndexMaps(int[] contests, int[][] choices, int[] units, int[] voteTypes) {

    /** The statistic's contest, which may be {@link UnitStatistic#UNIT_WIDE} and then stays so. */
    int statisticContest(int contest) {
        return contest == UnitStatistic.UNIT_WIDE ? contest : contests[contest];
    }
}
