package org.bellwether.formats.specials;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of FiveThirtyEight's table of the cycle's special elections, as published. Every figure is in
 * FiveThirtyEight's own direction, positive for the Democrats, in whole points as printed.
 *
 * @param line               the row's line in the file
 * @param date               election day
 * @param state              the state's postal code, e.g. {@code GA}
 * @param race               the office
 * @param medianIncome       the district's median household income in dollars; empty where the table has N/A
 * @param bachelors          percent of residents over 25 with a bachelor's degree or higher; empty for N/A
 * @param clintonOverObama   Clinton's 2016 margin minus Obama's 2012 margin in the district, D − R points
 * @param demOverLean        the Democratic margin in the special minus the district's partisan lean, D − R points
 */
public record PublishedSpecial(long line, LocalDate date, String state, Race race, Optional<BigDecimal> medianIncome,
        Optional<BigDecimal> bachelors, BigDecimal clintonOverObama, BigDecimal demOverLean) {

    public PublishedSpecial {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(race, "race");
        Objects.requireNonNull(medianIncome, "median income (use Optional.empty())");
        Objects.requireNonNull(bachelors, "bachelors (use Optional.empty())");
        Objects.requireNonNull(clintonOverObama, "Clinton over Obama");
        Objects.requireNonNull(demOverLean, "Democratic margin over lean");
    }

    /** How a reader names it: {@code GA 6th CD}. */
    public String label() {
        return state + " " + race.name();
    }
}
