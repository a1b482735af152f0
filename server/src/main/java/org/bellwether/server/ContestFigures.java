package org.bellwether.server;

import org.bellwether.render.ContestView;
import org.bellwether.render.ChoiceLine;
import org.bellwether.render.ContestReporting;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;
import org.bellwether.core.Election;
import org.bellwether.core.ReportingUnit;
import org.bellwether.core.StatisticKind;
import org.bellwether.core.UnitLevel;
import org.bellwether.core.UnitStatistic;
import org.bellwether.core.UnitTree;
import org.bellwether.core.rule.Outcome;
import org.bellwether.core.rule.Percentage;
import org.bellwether.core.Reporting;
import org.bellwether.core.rule.RuleChoice;
import org.bellwether.core.rule.Standing;
import org.bellwether.core.rule.Tabulator;
import org.bellwether.core.rule.TieBreak;

/** Builds a {@link ContestView} from an election: one pass over the contest's tallies, then the rule. */
final class ContestFigures {

    private final Election election;
    private final int contest;
    private final Contest c;
    private final UnitTree tree;
    private final Map<Integer, long[]> byUnit = new LinkedHashMap<>();
    private final Map<Integer, long[]> byVoteType = new LinkedHashMap<>();
    private final long[] totals;

    private ContestFigures(Election election, int contest) {
        this.election = election;
        this.contest = contest;
        this.c = election.contests().get(contest);
        this.tree = new UnitTree(election.units());
        this.totals = new long[c.choices().size()];
        election.tallies().forEach((ct, choice, unit, voteType, votes) -> {
            if (ct == contest) {
                byUnit.computeIfAbsent(unit, k -> new long[totals.length])[choice] += votes;
                byVoteType.computeIfAbsent(voteType, k -> new long[totals.length])[choice] += votes;
                totals[choice] += votes;
            }
        });
    }

    /** The contest under {@code rule}, its status decided by {@code stated} (units reporting, as counted in core). */
    static ContestView view(Election election, int contest, RuleChoice rule, Reporting stated) {
        return new ContestFigures(election, contest).build(rule, stated);
    }

    private ContestView build(RuleChoice rule, Reporting stated) {
        Outcome outcome = Tabulator.tabulate(c, totals, rule, TieBreak.BY_LAW, stated, election.certification());
        UnitLevel level = finestLevel();
        Map<Integer, Long> ballots = statistic(StatisticKind.BALLOTS_CAST);
        Map<Integer, Long> registered = statistic(StatisticKind.REGISTERED_VOTERS);
        List<ContestView.UnitLine> units = new ArrayList<>();
        long counted = 0;
        long registeredIn = 0;
        long registeredOut = 0;
        int reporting = 0;
        for (Map.Entry<Integer, long[]> e : byUnit.entrySet()) {
            ReportingUnit u = election.units().get(e.getKey());
            if (u.level() != level) {
                continue;
            }
            long votes = sum(e.getValue());
            boolean in = votes > 0 || ballots.getOrDefault(e.getKey(), 0L) > 0;
            reporting += in ? 1 : 0;
            counted += votes;
            long reg = registered.getOrDefault(e.getKey(), 0L);
            registeredIn += in ? reg : 0;
            registeredOut += in ? 0 : reg;
            units.add(new ContestView.UnitLine(u.id(), u.name(), county(e.getKey()), in, 1, in ? 1 : 0,
                    boxed(e.getValue())));
        }
        int expected = stated.counted() ? (int) stated.unitsExpected() : units.size();
        int in = stated.counted() ? (int) stated.unitsReporting() : reporting;
        boolean complete = stated.counted() ? stated.complete() : !units.isEmpty() && reporting == units.size();
        ContestReporting r = new ContestReporting(level.name().toLowerCase(java.util.Locale.ROOT), expected, in,
                counted, ContestReporting.estimate(counted, registeredIn, registeredOut, complete));
        return new ContestView(contest, c.name(), c.voteFor(), rule.rule().describe() + " (rule "
                + rule.source().describe() + ")", ContestStatusView.status(outcome, r), r, choices(outcome),
                hurdle(outcome, r), ContestStatusView.recount(outcome), counties(units), voteTypes(), units);
    }

    private UnitLevel finestLevel() {
        UnitLevel finest = UnitLevel.STATE;
        for (int unit : byUnit.keySet()) {
            UnitLevel l = election.units().get(unit).level();
            finest = l.ordinal() > finest.ordinal() ? l : finest;
        }
        return finest;
    }

    private Map<Integer, Long> statistic(StatisticKind kind) {
        Map<Integer, Long> m = new LinkedHashMap<>();
        for (UnitStatistic s : election.statistics()) {
            if (s.kind() == kind && (s.contest() == UnitStatistic.UNIT_WIDE || s.contest() == contest)) {
                m.merge(s.unit(), s.count(), Long::sum);
            }
        }
        return m;
    }

    private String county(int unit) {
        int county = tree.ancestorAt(unit, UnitLevel.COUNTY);
        return county < 0 ? "" : election.units().get(county).name();
    }

    private List<ChoiceLine> choices(Outcome outcome) {
        long all = sum(totals);
        List<ChoiceLine> lines = new ArrayList<>();
        for (Standing s : outcome.finalRound().standings()) {
            Choice ch = s.choice();
            lines.add(new ChoiceLine(s.choiceIndex(), ch.name(), ch.party(), s.votes(),
                    Percentage.format(s.votes(), all, 2), s.rank(), ContestStatusView.winnerFlag(outcome, ch)));
        }
        return lines;
    }

    private static Optional<ContestView.Hurdle> hurdle(Outcome outcome, ContestReporting r) {
        List<Standing> s = outcome.finalRound().standings();
        if (outcome.contest().voteFor() != 1 || s.size() < 2) {
            return Optional.empty();
        }
        long margin = s.get(0).votes() - s.get(1).votes();
        OptionalLong remaining = r.remaining();
        boolean path = remaining.isPresent() && margin < remaining.getAsLong();
        Optional<String> percent = remaining.isPresent() && remaining.getAsLong() > 0
                ? Optional.of(Percentage.format(margin + remaining.getAsLong(), 2 * remaining.getAsLong(), 1))
                : Optional.empty();
        return Optional.of(new ContestView.Hurdle(s.get(0).choice().name(), s.get(1).choice().name(), margin,
                percent, path));
    }

    private List<ContestView.UnitLine> counties(List<ContestView.UnitLine> units) {
        Map<String, long[]> votes = new LinkedHashMap<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (ContestView.UnitLine u : units) {
            String county = u.county().isEmpty() ? u.name() : u.county();
            long[] v = votes.computeIfAbsent(county, k -> new long[totals.length]);
            for (int i = 0; i < v.length; i++) {
                v[i] += u.votes().get(i);
            }
            int[] n = counts.computeIfAbsent(county, k -> new int[2]);
            n[0]++;
            n[1] += u.reported() ? 1 : 0;
        }
        List<ContestView.UnitLine> lines = new ArrayList<>();
        votes.forEach((county, v) -> {
            int[] n = counts.get(county);
            lines.add(new ContestView.UnitLine(county, county, county, n[1] > 0, n[0], n[1], boxed(v)));
        });
        return lines;
    }

    private List<ContestView.VoteTypeLine> voteTypes() {
        List<ContestView.VoteTypeLine> lines = new ArrayList<>();
        byVoteType.forEach((vt, v) -> lines.add(new ContestView.VoteTypeLine(election.voteTypes().get(vt).label(),
                election.voteTypes().get(vt).category().label(), boxed(v))));
        return lines;
    }

    private static long sum(long[] v) {
        long s = 0;
        for (long x : v) {
            s += x;
        }
        return s;
    }

    private static List<Long> boxed(long[] v) {
        List<Long> l = new ArrayList<>(v.length);
        for (long x : v) {
            l.add(x);
        }
        return l;
    }
}
