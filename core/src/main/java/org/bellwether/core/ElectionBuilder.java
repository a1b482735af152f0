package org.bellwether.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collects what one or more readers find into an {@link Election}. Contests, choices, units and vote types are
 * interned by name and get the index of their first appearance, so several files of the same election (one per
 * county) fold into one. Not thread-safe: one reader feeds it at a time.
 */
public final class ElectionBuilder {

    /** For the size hint: tallies per unit, fewer than a general election precinct has, so as not to undersize. */
    private static final int TALLIES_PER_UNIT = 32;

    private String name = "";
    private LocalDate date;
    private ElectionType type = ElectionType.UNKNOWN;
    private final List<ContestDraft> contests = new ArrayList<>();
    private final Map<String, Integer> contestIndex = new HashMap<>();
    private final List<ReportingUnit> units = new ArrayList<>();
    private Map<String, Integer> unitIndex = new HashMap<>();
    private final List<VoteType> voteTypes = new ArrayList<>();
    private final Map<VoteType, Integer> voteTypeIndex = new HashMap<>();
    private final TallyTable.Builder tallies = TallyTable.builder();
    private final StatisticColumns statistics = new StatisticColumns();

    /** An empty builder: no election name or date, type unknown, nothing read yet. */
    public ElectionBuilder() {
        // the fields' initial values are the empty election
    }
    private final List<Source> sources = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String state;
    private Certification certification = Certification.UNOFFICIAL;

    public ElectionBuilder name(String electionName) {
        if (name.isEmpty()) {
            name = electionName.strip();
        }
        return this;
    }

    public ElectionBuilder date(LocalDate day) {
        if (date == null) {
            date = day;
        }
        return this;
    }

    /** The day so far, if a source gave one. */
    public Optional<LocalDate> dateSoFar() {
        return Optional.ofNullable(date);
    }

    /** Replaces the day, when sources disagree and a reader decides which one stands. */
    public ElectionBuilder replaceDate(LocalDate day) {
        date = day;
        return this;
    }

    public ElectionBuilder type(ElectionType electionType) {
        if (type == ElectionType.UNKNOWN) {
            type = electionType;
        }
        return this;
    }

    /** The state, as its USPS code; the first source to name one decides. */
    public ElectionBuilder state(String postalCode) {
        if (state == null && postalCode != null && !postalCode.isBlank()) {
            state = postalCode.strip().toUpperCase(java.util.Locale.ROOT);
        }
        return this;
    }

    public ElectionBuilder certification(Certification stated) {
        certification = stated;
        return this;
    }

    /** What the source declares about a contest's rule; the first declaration stands. */
    public ElectionBuilder declare(int contest, RuleDeclaration declaration) {
        ContestDraft draft = contests.get(contest);
        if (draft.declared == null) {
            draft.declared = declaration;
        }
        return this;
    }

    /**
     * Units reporting of units expected, as a source states them for a contest. Several files of one election
     * (one per county) each state their own, so the counts add up; a completeness without counts is kept only
     * while nothing more precise is known.
     */
    public ElectionBuilder reporting(int contest, Reporting stated) {
        ContestDraft draft = contests.get(contest);
        draft.reporting = draft.reporting == Reporting.UNKNOWN ? stated : sum(draft.reporting, stated);
        return this;
    }

    private static Reporting sum(Reporting a, Reporting b) {
        if (!a.counted() || !b.counted()) {
            return a.counted() ? a : b;
        }
        return Reporting.of(a.unitsReporting() + b.unitsReporting(), a.unitsExpected() + b.unitsExpected(),
                a.unitNoun(), a.basis().equals(b.basis()) ? a.basis() : a.basis() + "; " + b.basis());
    }

    /** The index of the contest with this name, added with {@code voteFor} when new. */
    public int contest(String contestName, int voteFor) {
        Integer known = contestIndex.get(contestName);
        if (known != null) {
            return known;
        }
        int index = contests.size();
        TallyLimits.check("contest count", index, TallyLimits.MAX_CONTESTS);
        contests.add(new ContestDraft(contestName, voteFor));
        contestIndex.put(contestName, index);
        return index;
    }

    /** The index of the choice within its contest, added when new; a known party fills in a missing one. */
    public int choice(int contest, String choiceName, Optional<String> party, boolean writeIn) {
        return contests.get(contest).choice(choiceName, party, writeIn);
    }

    /** The index of the unit with this id, added when new. */
    public int unit(String id, String unitName, UnitLevel level, Optional<String> parentId) {
        Integer known = unitIndex.get(id);
        if (known != null) {
            return known;
        }
        int index = units.size();
        TallyLimits.check("unit count", index, TallyLimits.MAX_UNITS);
        units.add(new ReportingUnit(id, unitName, level, parentId));
        unitIndex.put(id, index);
        return index;
    }

    public int voteType(VoteType voteType) {
        Integer known = voteTypeIndex.get(voteType);
        if (known != null) {
            return known;
        }
        int index = voteTypes.size();
        TallyLimits.check("vote type count", index, TallyLimits.MAX_VOTE_TYPES);
        voteTypes.add(voteType);
        voteTypeIndex.put(voteType, index);
        return index;
    }

    /**
     * Adds votes for a choice.
     *
     * @return -1 when added, or the row that already holds this (contest, choice, unit, vote type): a duplicate
     */
    public int tally(int contest, int choice, int unit, int voteType, long votes) {
        return tallies.add(contest, choice, unit, voteType, votes);
    }

    /**
     * Records a unit statistic.
     *
     * @return false when this statistic was already recorded for the unit: a duplicate
     */
    public boolean statistic(int unit, int contest, StatisticKind kind, int voteType, long count) {
        return statistics.add(unit, contest, kind, voteType, count);
    }

    /**
     * A hint from a reader that about {@code count} more tallies will follow, so that their index is sized once
     * instead of grown; it changes no result, and a wrong guess costs only memory or a later growth. Units are
     * sized for one per {@value #TALLIES_PER_UNIT} tallies.
     */
    public ElectionBuilder expectTallies(long count) {
        tallies.expect(count);
        if (unitIndex.isEmpty() && count > 0) {
            unitIndex = HashMap.newHashMap((int) Math.min(count / TALLIES_PER_UNIT, TallyLimits.MAX_UNITS));
        }
        return this;
    }


    /** How many tallies have been added; rows are numbered in the order they were added. */
    public int tallyCount() {
        return tallies.size();
    }

    public ElectionBuilder source(Source source) {
        sources.add(source);
        return this;
    }

    public ElectionBuilder note(String note) {
        notes.add(note);
        return this;
    }

    public List<Contest> contestsSoFar() {
        return contests.stream().map(ContestDraft::toContest).toList();
    }

    public Election build() {
        List<UnitStatistic> stats = statistics.toList();
        return new Election(name, Optional.ofNullable(date), type, contestsSoFar(), units, voteTypes,
                tallies.build(), stats, sources, notes, Optional.ofNullable(state), certification);
    }

    private static final class ContestDraft {
        private final String name;
        private final int voteFor;
        private final List<Choice> choices = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();
        private RuleDeclaration declared;
        private Reporting reporting = Reporting.UNKNOWN;

        ContestDraft(String name, int voteFor) {
            this.name = name;
            this.voteFor = voteFor;
        }

        int choice(String choiceName, Optional<String> party, boolean writeIn) {
            Integer known = index.get(choiceName);
            if (known != null) {
                Choice held = choices.get(known);
                if (held.party().isEmpty() && party.isPresent()) {
                    choices.set(known, new Choice(held.name(), party, held.writeIn()));
                }
                return known;
            }
            int i = choices.size();
            TallyLimits.check("choice count of contest '" + name + "'", i, TallyLimits.MAX_CHOICES_PER_CONTEST);
            choices.add(new Choice(choiceName, party, writeIn));
            index.put(choiceName, i);
            return i;
        }

        Contest toContest() {
            return new Contest(name, voteFor, choices, Optional.ofNullable(declared), reporting);
        }
    }
}
