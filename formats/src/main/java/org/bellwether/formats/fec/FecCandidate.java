package org.bellwether.formats.fec;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of the FEC all-candidates summary: the fields the analyses use, and the line it was read from.
 *
 * @param id            {@code CAND_ID}, e.g. {@code H8GA06195}
 * @param name          {@code CAND_NAME}
 * @param party         {@code CAND_PTY_AFFILIATION}, e.g. {@code DEM}
 * @param state         {@code CAND_OFFICE_ST}
 * @param district      {@code CAND_OFFICE_DISTRICT}, {@code 00} for at-large seats
 * @param receipts      {@code TTL_RECEIPTS}, dollars
 * @param disbursements {@code TTL_DISB}, dollars
 * @param coverageEnd   {@code CVG_END_DT}, as written ({@code MM/DD/YYYY})
 * @param line          the line in the file
 */
public record FecCandidate(String id, String name, String party, String state, String district,
        BigDecimal receipts, BigDecimal disbursements, String coverageEnd, long line) {

    public FecCandidate {
        Objects.requireNonNull(id, "CAND_ID");
        Objects.requireNonNull(name, "CAND_NAME");
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(receipts, "receipts");
        Objects.requireNonNull(disbursements, "disbursements");
        Objects.requireNonNull(coverageEnd, "coverage end");
    }
}
