package org.bellwether.formats.cvr;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;
import org.bellwether.core.rule.Rule;

/**
 * An RCTab contest configuration: the contest, its cast-vote-record sources, its candidates and its rule.
 *
 * @param contestName  {@code outputSettings.contestName}
 * @param date         {@code outputSettings.contestDate}, as written
 * @param jurisdiction {@code outputSettings.contestJurisdiction}
 * @param office       {@code outputSettings.contestOffice}
 * @param sources      the cast-vote-record files
 * @param candidates   the declared candidates, in the configuration's order
 * @param rule         the rule, from {@code rules}
 * @param maxRankings  ranks read ({@code maxRankingsAllowed}); {@link org.bellwether.core.rule.BallotRules#UNLIMITED}
 *                     for {@code max}
 * @param byPrecinct   {@code outputSettings.tabulateByPrecinct}
 * @param rulesDescription {@code rules.rulesDescription}
 * @param byBatch      {@code outputSettings.tabulateByBatch}
 */
public record RctabConfig(String contestName, String date, String jurisdiction, String office,
        List<CvrSource> sources, List<RctabCandidate> candidates, Rule rule, int maxRankings, boolean byPrecinct,
        String rulesDescription, boolean byBatch) {

    /** A configuration that does not tabulate by batch. */
    public RctabConfig(String contestName, String date, String jurisdiction, String office, List<CvrSource> sources,
            List<RctabCandidate> candidates, Rule rule, int maxRankings, boolean byPrecinct, String rulesDescription) {
        this(contestName, date, jurisdiction, office, sources, candidates, rule, maxRankings, byPrecinct,
                rulesDescription, false);
    }

    /** RCTab's name for the candidate that stands for all undeclared write-ins. */
    public static final String UNDECLARED_WRITE_INS = "Undeclared Write-ins";

    public RctabConfig {
        Objects.requireNonNull(contestName, "contest name");
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        candidates = List.copyOf(Objects.requireNonNull(candidates, "candidates"));
        Objects.requireNonNull(rule, "rule");
    }

    /**
     * Why the batches' summaries cannot be made, if {@code tabulateByBatch} asks for them: this count keeps one
     * slice of the ballots at a time (the precinct wins), and reads the batch from ES&amp;S exports only.
     */
    public java.util.Optional<String> batchesNotKept() {
        if (!byBatch) {
            return java.util.Optional.empty();
        }
        if (byPrecinct) {
            return java.util.Optional.of("tabulateByBatch together with tabulateByPrecinct: only the precincts are"
                    + " kept (one at a time)");
        }
        for (CvrSource source : sources) {
            if (!source.provider().equals("ess")) {
                return java.util.Optional.of("tabulateByBatch: the batch is read from ES&S exports only yet, not from"
                        + " provider \"" + source.provider() + "\"");
            }
        }
        return java.util.Optional.empty();
    }

    /** Whether the ballots are kept by batch: asked for, and possible. */
    public boolean keptByBatch() {
        return byBatch && batchesNotKept().isEmpty();
    }

    /** Whether any source carries undeclared write-ins. */
    public boolean hasUndeclaredWriteIns() {
        return sources.stream().anyMatch(CvrSource::hasUndeclaredWriteIns);
    }

    /**
     * The contest as counted: the declared candidates in order, then, when a source carries undeclared
     * write-ins, the one write-in candidate RCTab adds.
     */
    public Contest contest() {
        List<Choice> choices = new ArrayList<>();
        for (RctabCandidate c : candidates) {
            choices.add(Choice.named(c.name()));
        }
        if (hasUndeclaredWriteIns()) {
            choices.add(new Choice(UNDECLARED_WRITE_INS, java.util.Optional.empty(), true));
        }
        return new Contest(contestName.isBlank() ? "contest" : contestName, 1, choices);
    }

    /** The index of the undeclared write-in candidate in {@link #contest()}, or -1. */
    public int undeclaredWriteInIndex() {
        return hasUndeclaredWriteIns() ? candidates.size() : -1;
    }
}
