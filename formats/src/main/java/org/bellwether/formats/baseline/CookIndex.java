package org.bellwether.formats.baseline;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One district of the Cook Political Report table in {@code cookIndices.js}: its PVI and the presidential
 * percentages published for it.
 *
 * @param district  e.g. {@code GA-6}; at-large seats are numbered 0 ({@code MT-0})
 * @param pvi       e.g. {@code R+8}
 * <p>A percentage the table leaves {@code null} (Florida's 2012 figures, after its 2016 redistricting) is empty.
 *
 * @param clinton   Clinton's 2016 percentage
 * @param trump     Trump's 2016 percentage
 * @param obama     Obama's 2012 percentage
 * @param romney    Romney's 2012 percentage
 * @param line      the line the district's entry starts on, for messages
 */
public record CookIndex(String district, String pvi, Optional<BigDecimal> clinton, Optional<BigDecimal> trump,
        Optional<BigDecimal> obama, Optional<BigDecimal> romney, long line) {

    public CookIndex {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(pvi, "PVI");
        Objects.requireNonNull(clinton, "Clinton %");
        Objects.requireNonNull(trump, "Trump %");
        Objects.requireNonNull(obama, "Obama %");
        Objects.requireNonNull(romney, "Romney %");
    }
}
