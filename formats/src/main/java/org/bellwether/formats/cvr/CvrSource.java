package org.bellwether.formats.cvr;

import java.nio.file.Path;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One cast-vote-record file of an RCTab configuration ({@code cvrFileSources}) and how to read it. Columns and
 * rows count from 1, as in RCTab.
 *
 * @param path                          the file, resolved against the configuration's folder
 * @param provider                      RCTab's provider: {@code ess}, {@code genericCsv}, {@code cdf}, ...
 * @param firstVoteColumn               the column of the first rank (ES&amp;S) or first candidate (generic CSV)
 * @param firstVoteRow                  the row of the first ballot
 * @param idColumn                      the column of the ballot's id, if any
 * @param batchColumn                   the column of the ballot's batch, if any
 * @param precinctColumn                the column of the ballot's precinct, if any
 * @param overvoteDelimiter             the text separating candidates marked at one rank in one cell, or blank
 * @param overvoteLabel                 the text of an overvoted rank, or blank
 * @param skippedRankLabel              the text of a skipped rank, or blank
 * @param undeclaredWriteInLabel        the text of an undeclared write-in, or blank
 * @param treatBlankAsUndeclaredWriteIn whether a blank rank is an undeclared write-in
 * @param contestId                     the contest to read from a file of several contests, or blank
 */
public record CvrSource(Path path, String provider, int firstVoteColumn, int firstVoteRow, OptionalInt idColumn,
        OptionalInt batchColumn, OptionalInt precinctColumn, String overvoteDelimiter, String overvoteLabel,
        String skippedRankLabel, String undeclaredWriteInLabel, boolean treatBlankAsUndeclaredWriteIn,
        String contestId) {

    public CvrSource {
        Objects.requireNonNull(path, "source path");
        Objects.requireNonNull(provider, "source provider");
        Objects.requireNonNull(idColumn, "id column");
        Objects.requireNonNull(batchColumn, "batch column");
        Objects.requireNonNull(precinctColumn, "precinct column");
        Objects.requireNonNull(overvoteDelimiter, "overvote delimiter");
        Objects.requireNonNull(overvoteLabel, "overvote label");
        Objects.requireNonNull(skippedRankLabel, "skipped rank label");
        Objects.requireNonNull(undeclaredWriteInLabel, "undeclared write-in label");
        Objects.requireNonNull(contestId, "contest id");
    }

    /** Whether this source can carry undeclared write-ins (RCTab then counts them as one candidate). */
    boolean hasUndeclaredWriteIns() {
        return !undeclaredWriteInLabel.isBlank() || treatBlankAsUndeclaredWriteIn;
    }
}
