package org.bellwether.analysis.house;

/**
 * The national environment a simulated House draws from: normal, mean {@code mean}, sd {@code sd}, in
 * Republican-minus-Democratic points (−8 is D+8).
 */
public record Environment(double mean, double sd) {

    public Environment {
        if (!Double.isFinite(mean) || Math.abs(mean) > 100) {
            throw new IllegalArgumentException("environment mean must lie in [-100, 100] points, was " + mean);
        }
        if (!(sd >= 0 && sd <= 50)) {
            throw new IllegalArgumentException("national sd must lie in [0, 50] points, was " + sd);
        }
    }
}
