package org.bellwether.formats.openelections;

/**
 * A contest's name from the office and district cells. A numbered district is appended as {@code , District N}
 * ({@code U.S. House, District 6}) unless the office already ends so (Georgia's {@code Public Service
 * Commission, District 2} with district {@code 2}). A named district is appended after a comma: Georgia's
 * judicial circuits ({@code District Attorney, Cobb Circuit}), and the tails of Georgia 2016's amendment texts,
 * which the source split at a comma into the district cell ({@code ... its composition} + {@code governance}).
 */
final class ContestNames {

    private ContestNames() {
    }

    static String of(String office, String district) {
        if (district.isEmpty()) {
            return office;
        }
        if (!district.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return office + ", " + district;
        }
        String suffix = ", District " + district;
        return office.endsWith(suffix) ? office : office + suffix;
    }
}
