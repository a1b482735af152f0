package org.bellwether.analysis.house;

/**
 * The House at one national environment.
 *
 * @param environment          Republican-minus-Democratic national margin in points (−15 is D+15)
 * @param expectedRepublican   expected Republican seats with district noise: Σ Φ((lean + environment) / sd)
 * @param uniformRepublican    Republican seats under a uniform swing, no noise: districts with lean + env &gt; 0
 * @param uniformTied          districts exactly at 0 under the uniform swing, counted for neither party
 */
public record SeatPoint(double environment, double expectedRepublican, int uniformRepublican, int uniformTied) {
}
