package org.bellwether.analysis.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A candidate's campaign finance as the FEC summarises it for a whole two-year cycle.
 *
 * @param fecId         the FEC candidate id, e.g. {@code H8GA06195}
 * @param fecName       the name as the FEC writes it
 * @param receipts      total receipts of the cycle, in dollars
 * @param disbursements total disbursements of the cycle, in dollars
 * @param coverageEnd   the date the summary runs to, as the FEC writes it
 */
public record Finance(String fecId, String fecName, BigDecimal receipts, BigDecimal disbursements,
        String coverageEnd) {

    public Finance {
        Objects.requireNonNull(fecId, "FEC id");
        Objects.requireNonNull(fecName, "FEC name");
        Objects.requireNonNull(receipts, "receipts");
        Objects.requireNonNull(disbursements, "disbursements");
        Objects.requireNonNull(coverageEnd, "coverage end");
    }
}
