package org.bellwether.formats.nist;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.bellwether.core.ElectionType;

/**
 * What the first pass over a NIST ERR file finds: everything that counts refer to (reporting units, parties,
 * candidates, contests), read before any count so that references can be checked in any order the file uses.
 * Each entry keeps where it was read ({@code at}) for messages.
 */
record Directory(Header election, List<Unit> units, List<Party> parties, List<Candidate> candidates,
        List<ContestHead> contests) {

    Directory {
        units = List.copyOf(units);
        parties = List.copyOf(parties);
        candidates = List.copyOf(candidates);
        contests = List.copyOf(contests);
    }

    /** @param resultsStatus the ElectionReport's {@code Status} (ResultsStatus), when it gives one */
    record Header(String name, Optional<LocalDate> date, ElectionType type, Ref scope, Optional<String> resultsStatus) {
    }

    /** A reference to an object ID and where it was read. */
    record Ref(String id, String at) {
    }

    /**
     * A GpUnit. {@code unitId} is the model's unit ID: the ObjectId, or the Bellwether unit ID a file we wrote
     * carries in an ExternalIdentifier when the model's ID is not a valid XML ID.
     */
    record Unit(String id, String at, String unitId, String name, String type, List<String> composing,
            String composingAt, OptionalLong registered, String registeredAt) {
        Unit {
            composing = List.copyOf(composing);
        }
    }

    record Party(String id, String at, String name, Optional<String> abbreviation) {
        /** The label choices carry: the abbreviation when there is one, as other sources give {@code R} or {@code D}. */
        String label() {
            return abbreviation.orElse(name);
        }
    }

    record Candidate(String id, String at, String name, Optional<Ref> party) {
    }

    /**
     * @param voteVariation the contest's {@code VoteVariation}, when given
     * @param numberElected its {@code NumberElected}, or -1
     * @param totalStatus   the {@code Status} of its {@code CountStatus} of {@code Type} total, when given
     */
    record ContestHead(String id, String at, String kind, String name, Ref district, int votesAllowed,
            Optional<String> voteVariation, int numberElected, Optional<String> totalStatus, long subUnitsReported,
            long totalSubUnits) {
    }
}
