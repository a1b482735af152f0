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

    private static final LocalDate NOVEMBER_7_2017 = LocalDate.of(2017, 11, 7);

    /**
     * Whether the row is one of the regularly scheduled 2017 elections in New Jersey and Virginia that the table
     * includes beside the specials (its README: "as well as regularly scheduled 2017 elections in New Jersey and
     * Virginia"): those states' rows of 7 November 2017, their general election day.
     */
    public boolean regularlyScheduled() {
        return date.equals(NOVEMBER_7_2017) && (state.equals("NJ") || state.equals("VA"));
    }

    /** How a reader names it: {@code GA 6th CD}. */
    public String label() {
        return state + " " + race.name();
    }
}
