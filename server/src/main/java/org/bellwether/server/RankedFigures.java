package org.bellwether.server;

import java.math.BigDecimal;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;
import org.bellwether.core.ranked.Decision;
import org.bellwether.core.ranked.PendingTie;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.core.ranked.RankedOutcome;
import org.bellwether.core.ranked.RankedRound;
import org.bellwether.core.rule.BottomsUp;
import org.bellwether.core.rule.Percentage;
import org.bellwether.core.rule.Rule;
import org.bellwether.core.rule.SequentialRunoff;
import org.bellwether.core.rule.SingleTransferableVote;
import org.bellwether.formats.cvr.RankedPasses;
import org.bellwether.formats.cvr.RctabConfig;
import org.bellwether.formats.cvr.RctabConfigReader;
import org.bellwether.formats.cvr.RctabSummaryWriter.SliceKind;
import org.bellwether.render.ChoiceLine;
import org.bellwether.render.ContestReporting;
import org.bellwether.render.ContestStatus;
import org.bellwether.render.ContestView;
import org.bellwether.render.RankedContest;
import org.bellwether.store.StoredCastVoteRecords;
import org.bellwether.store.StoredSource;

/**
 * A stored version of cast-vote records as the server shows it: counted again under the configuration it was
 * stored with, as {@code tabulate --as-of} counts it, into a contest view whose choices are the first choices and
 * whose round-by-round count rides beside them.
 */
final class RankedFigures {

    private RankedFigures() {
    }

    /**
     * The count of a stored version, as the server shows it.
     *
     * @param view     the contest's view (its passes without the slices, which are served from their own bodies)
     * @param slices   precinct or batch when the configuration counts by either (and the records are kept so)
     * @param passes   every pass with its slices
     * @param ballots  the ballots counted
     */
    record Counted(ContestView view, Optional<SliceKind> slices, List<RankedOutcome> passes, RankedBallots ballots) {

        /**
         * Each slice's distinct rankings, in the slices' order: made only for the slices' bodies, which are built
         * when first asked for, not with every version.
         */
        List<Integer> distinct() {
            return slices.isPresent() ? distinctBySlice(ballots) : List.of();
        }
    }

    static Counted count(StoredCastVoteRecords stored) {
        List<StoredSource> sources = stored.version().sources();
        String name = sources.isEmpty() ? "configuration" : Path.of(sources.get(0).path()).getFileName().toString();
        RctabConfig config = RctabConfigReader.read(name, Path.of("."), stored.ruleConfig());
        List<RankedOutcome> outcomes = RankedPasses.count(stored.ballots(), config.rule(), name, List.of());
        // the view keeps the count without its slices: each slice's rounds are built into a body of its own
        List<RankedOutcome> passes = outcomes.stream()
                .map(o -> new RankedOutcome(o.contest(), o.rule(), o.rounds(), o.elected(), o.status(), o.pendingTie(),
                        o.ballots(), o.permutation())).toList();
        RankedContest ranked = new RankedContest(stored.ballots().ballots(), distinctRankings(stored.ballots()),
                passes);
        RankedOutcome first = passes.get(0);
        List<Choice> winners = winners(passes);
        long firstChoices = first.rounds().get(0).tallies().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .longValue();
        int files = Math.max(1, sources.size() - 1);
        ContestReporting reporting = new ContestReporting("cast-vote-record file", files, files, firstChoices,
                OptionalLong.of(firstChoices));
        Contest contest = first.contest();
        ContestView view = new ContestView(0, contest.name(), seats(config.rule(), winners), config.rule().describe(),
                status(ranked, winners), reporting, choices(first, winners), Optional.empty(), Optional.empty(),
                List.of(), List.of(), List.of()).withRanked(ranked);
        Optional<SliceKind> kind = !stored.ballots().bySlice() || outcomes.get(0).slices().isEmpty() ? Optional.empty()
                : Optional.of(config.keptByBatch() ? SliceKind.BATCH : SliceKind.PRECINCT);
        return new Counted(view, kind, outcomes, stored.ballots());
    }

    /** Every seat's winner: a sequential count's passes each elect one. */
    static List<Choice> winners(List<RankedOutcome> passes) {
        Set<Choice> all = new LinkedHashSet<>();
        passes.forEach(p -> all.addAll(p.elected()));
        return List.copyOf(all);
    }

    static int seats(Rule rule, List<Choice> winners) {
        return switch (rule) {
            case SingleTransferableVote r -> r.seats();
            case BottomsUp r -> r.seats();
            case SequentialRunoff r -> r.seats();
            default -> Math.max(1, winners.size());
        };
    }

    /** Groups are by ranking and precinct when the records are kept by precinct: the rankings alone are fewer. */
    private static int distinctRankings(RankedBallots ballots) {
        Set<IntBuffer> seen = new HashSet<>();
        for (int g = 0; g < ballots.groups(); g++) {
            seen.add(IntBuffer.wrap(ballots.marks(g)));
        }
        return seen.size();
    }

    /** Each slice's distinct rankings, from the marks as the whole count's are. */
    private static List<Integer> distinctBySlice(RankedBallots ballots) {
        List<Set<IntBuffer>> seen = new ArrayList<>();
        ballots.sliceNames().forEach(n -> seen.add(new HashSet<>()));
        for (int g = 0; g < ballots.groups(); g++) {
            seen.get(ballots.slice(g)).add(IntBuffer.wrap(ballots.marks(g)));
        }
        return seen.stream().map(Set::size).toList();
    }

    private static ContestStatus status(RankedContest r, List<Choice> winners) {
        RankedOutcome last = r.last();
        RankedRound round = last.finalRound();
        String rounds = last.rounds().size() == 1 ? "1 round" : last.rounds().size() + " rounds";
        return switch (last.status()) {
            case DECIDED -> new ContestStatus("elected", names(winners) + " elected", "Counted from "
                    + String.format(java.util.Locale.ROOT, "%,d", r.ballots()) + " cast-vote records in " + rounds
                    + (r.passes().size() > 1 ? " (pass " + r.passes().size() + ")" : "") + ". " + reasons(last, round));
            case TIE_PENDING -> {
                PendingTie t = last.pendingTie().orElseThrow();
                List<String> tied = t.candidates().stream().map(c -> last.contest().choices().get(c).name()).toList();
                yield new ContestStatus("tied", "Tie in round " + t.round() + " between " + String.join(" and ", tied),
                        "The count stopped: " + String.join(", ", tied) + " have " + t.votes().toPlainString() + " votes each, for "
                                + (t.forWinning() ? "a seat" : "elimination") + "; the tie is to be resolved by "
                                + t.authority() + ".");
            }
            case STOPPED_EARLY -> new ContestStatus("leading", (winners.isEmpty() ? "Nobody elected"
                    : names(winners) + " elected") + " when the count stopped after round " + round.number(),
                    "The rules stop the count after round " + round.number() + ", before every seat was filled.");
        };
    }

    private static String reasons(RankedOutcome o, RankedRound round) {
        List<String> why = new ArrayList<>();
        for (Decision d : round.decisions()) {
            if (d.elected()) {
                why.add(o.contest().choices().get(d.choice()).name() + ": " + d.reason());
            }
        }
        return why.isEmpty() ? "" : String.join("; ", why) + ".";
    }

    private static String names(List<Choice> cs) {
        List<String> n = cs.stream().map(Choice::name).toList();
        return n.size() <= 2 ? String.join(" and ", n) : String.join(", ", n.subList(0, n.size() - 1)) + " and "
                + n.getLast();
    }

    /** Every candidate's first choices (round 1 of the first pass), most first, the winners flagged. */
    private static List<ChoiceLine> choices(RankedOutcome first, List<Choice> winners) {
        RankedRound one = first.rounds().get(0);
        Contest contest = first.contest();
        long total = one.tallies().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).longValue();
        List<long[]> votes = new ArrayList<>();
        for (int c = 0; c < contest.choices().size(); c++) {
            votes.add(new long[] {c, one.tallies().getOrDefault(c, BigDecimal.ZERO).longValue()});
        }
        votes.sort(Comparator.comparingLong((long[] v) -> -v[1]).thenComparingLong(v -> v[0]));
        List<ChoiceLine> lines = new ArrayList<>();
        for (long[] v : votes) {
            Choice ch = contest.choices().get((int) v[0]);
            int rank = 1 + (int) votes.stream().filter(o -> o[1] > v[1]).count();
            lines.add(new ChoiceLine((int) v[0], ch.name(), ch.party(), v[1], Percentage.format(v[1], total, 2), rank,
                    winners.contains(ch) ? "X" : ""));
        }
        return lines;
    }
}
