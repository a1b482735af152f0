package org.bellwether.analysis.house;

/**
 * The House simulation's settings, all stated in its report.
 *
 * @param simulations how many Houses to draw
 * @param seed        the random generator's seed: the same seed gives the same forecast, byte for byte
 * @param districtSd  standard deviation, in points of margin, of each district's own deviation from its lean
 *                    plus the national environment (candidates, incumbency); independent between districts
 */
public record HouseOptions(int simulations, long seed, double districtSd) {

    /** 10,000 Houses, seed 20170620 (the GA-06 runoff's date), districts ±5 points. */
    public static final HouseOptions DEFAULT = new HouseOptions(10_000, 20170620L, 5.0);

    public HouseOptions {
        if (simulations < 1 || simulations > 1_000_000) {
            throw new IllegalArgumentException("simulations must lie in 1..1,000,000, was " + simulations);
        }
        if (!(districtSd > 0 && districtSd <= 50)) {
            throw new IllegalArgumentException("district sd must lie in (0, 50] points, was " + districtSd);
        }
    }
}
