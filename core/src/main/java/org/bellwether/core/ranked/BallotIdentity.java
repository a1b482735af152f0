package org.bellwether.core.ranked;

import java.util.Objects;

/**
 * Who one ballot is, as its reader found it: what the store keeps for audits ({@code id}, {@code batch},
 * {@code tabulator}) and what RCTab's normalised cast-vote-record export names it by.
 *
 * @param id        the ballot's id as its file gives it (or its file and row, when the file gives none); never null
 * @param batch     its batch, or null
 * @param tabulator its tabulator (scanner), or null
 * @param rctabId   the id RCTab computes for it ({@code file-N}, {@code file(N)}, {@code tabulator-batch-record}), or
 *                  null when RCTab would use the vendor's
 * @param vendorId  the id its vendor gave it (RCTab's supplied id), or null
 * @param portion   its precinct portion (Dominion's), or null
 */
public record BallotIdentity(String id, String batch, String tabulator, String rctabId, String vendorId,
        String portion) {

    public BallotIdentity {
        Objects.requireNonNull(id, "ballot id");
    }
}
