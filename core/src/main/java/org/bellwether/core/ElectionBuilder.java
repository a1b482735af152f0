package org.bellwether.core;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects what one or more readers find into an {@link Election}. Contests, choices, units and vote types are
 * interned by name (compared as {@link NameKey}s: after Unicode normalisation) and get the index of their first
 * appearance, so several files of the same election (one per
 * county) fold into one. Not thread-safe: one reader feeds it at a time.
 */
public final class ElectionBuilder {

    /** For the size hint: tallies per unit, fewer than a general election precinct has, so as not to undersize. */
    private static final int TALLIES_PER_UNIT = 32;
    /** Examples kept of names that needed normalising: enough for a note, bounded whatever the file holds. */
    private static final int MAX_NORMALISED_KEPT = 3;

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
    private boolean certificationStated;
    private final Set<String> normalised = new LinkedHashSet<>();

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
        certificationStated = true;
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
        draft.statements.add(stated);
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
        return contest(contestName, key(contestName), voteFor);
    }

    private int contest(String contestName, String key, int voteFor) {
        Integer known = contestIndex.get(key);
        if (known != null) {
            return known;
        }
        int index = contests.size();
        TallyLimits.check("contest count", index, TallyLimits.MAX_CONTESTS);
        contests.add(new ContestDraft(contestName, voteFor));
        contestIndex.put(key, index);
        return index;
    }

    /** The index of the choice within its contest, added when new; a known party fills in a missing one. */
    public int choice(int contest, String choiceName, Optional<String> party, boolean writeIn) {
        return contests.get(contest).choice(choiceName, key(choiceName), party, writeIn);
    }

    /** The name's {@link NameKey}, remembering names that needed normalising for the reader's note. */
    private String key(String name) {
        String key = NameKey.of(name);
        if (!key.equals(name) && normalised.size() < MAX_NORMALISED_KEPT) {
            normalised.add(name);
        }
        return key;
    }

    /**
     * The names added since the last call that were compared only after Unicode normalisation (they held a
     * format character such as a zero-width space, a compatibility form or irregular white space), at most
     * {@value #MAX_NORMALISED_KEPT}; a reader notes them for its file. Each call starts the list afresh.
     */
    public List<String> takeNormalisedNames() {
        List<String> taken = List.copyOf(normalised);
        normalised.clear();
        return taken;
    }

    /** The index of the unit with this id, added when new. */
    public int unit(String id, String unitName, UnitLevel level, Optional<String> parentId) {
        String key = key(id);
        Integer known = unitIndex.get(key);
        return known != null ? known : unit(key, new ReportingUnit(id, unitName, level, parentId));
    }

    private int unit(String key, ReportingUnit unit) {
        Integer known = unitIndex.get(key);
        if (known != null) {
            return known;
        }
        int index = units.size();
        TallyLimits.check("unit count", index, TallyLimits.MAX_UNITS);
        units.add(unit);
        unitIndex.put(key, index);
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

    /** The election's name so far: the first a source gave, or empty. */
    public String nameSoFar() {
        return name;
    }

    /** The election's type so far: the first a source gave, or unknown. */
    public ElectionType typeSoFar() {
        return type;
    }

    /** The state so far, if a source named one. */
    public Optional<String> stateSoFar() {
        return Optional.ofNullable(state);
    }

    /**
     * Appends what a later builder collected, as though its reader had fed this builder after this one's readers:
     * names keep the index of their first appearance, rows their order, notes and sources follow this builder's. So
     * files read into builders of their own, on as many threads, and appended in their order make the election a
     * read of one after another makes. The later builder must not be used afterwards.
     *
     * @return false when that could be untrue: a tally or statistic this builder already holds (a duplicate, which
     *     a read in turn reports with its line) or a day other than this builder's (which a reader notes when it
     *     sees it); this builder is then part-filled and must be dropped for a read in turn
     */
    public boolean append(ElectionBuilder later) {
        if (later.date != null && date != null && !later.date.equals(date)) {
            return false;
        }
        name(later.name).type(later.type).state(later.state);
        if (later.date != null) {
            date(later.date);
        }
        if (later.certificationStated) {
            certification(later.certification);
        }
        int[] contestMap = contestsOf(later);
        IndexMaps maps = new IndexMaps(contestMap, choicesOf(later, contestMap), unitsOf(later), voteTypesOf(later));
        if (!tallies.append(later.tallies, maps) || !statistics.append(later.statistics, maps)) {
            return false;
        }
        sources.addAll(later.sources);
        notes.addAll(later.notes);
        return true;
    }

    private int[] contestsOf(ElectionBuilder later) {
        String[] keys = keysByIndex(later.contestIndex);
        int[] map = new int[keys.length];
        for (int i = 0; i < map.length; i++) {
            ContestDraft draft = later.contests.get(i);
            map[i] = contest(draft.name, keys[i], draft.voteFor);
            if (draft.declared != null) {
                declare(map[i], draft.declared);
            }
            for (Reporting stated : draft.statements) {
                reporting(map[i], stated);
            }
        }
        return map;
    }

    private int[][] choicesOf(ElectionBuilder later, int[] contestMap) {
        int[][] maps = new int[later.contests.size()][];
        for (int i = 0; i < maps.length; i++) {
            ContestDraft draft = later.contests.get(i);
            ContestDraft here = contests.get(contestMap[i]);
            String[] keys = keysByIndex(draft.index);
            maps[i] = new int[keys.length];
            for (int c = 0; c < keys.length; c++) {
                Choice choice = draft.choices.get(c);
                maps[i][c] = here.choice(choice.name(), keys[c], choice.party(), choice.writeIn());
            }
        }
        return maps;
    }

    private int[] unitsOf(ElectionBuilder later) {
        String[] keys = keysByIndex(later.unitIndex);
        int[] map = new int[keys.length];
        for (int i = 0; i < map.length; i++) {
            map[i] = unit(keys[i], later.units.get(i));
        }
        return map;
    }

    private int[] voteTypesOf(ElectionBuilder later) {
        return later.voteTypes.stream().mapToInt(this::voteType).toArray();
    }

    /** A name index turned around: the key of each index. */
    private static String[] keysByIndex(Map<String, Integer> index) {
        String[] keys = new String[index.size()];
        index.forEach((key, i) -> keys[i] = key);
        return keys;
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
        /** Every completeness a source stated, in order, so that an appended builder's add up as they would. */
        private final List<Reporting> statements = new ArrayList<>();
        private RuleDeclaration declared;
        private Reporting reporting = Reporting.UNKNOWN;

        ContestDraft(String name, int voteFor) {
            this.name = name;
            this.voteFor = voteFor;
        }

        int choice(String choiceName, String key, Optional<String> party, boolean writeIn) {
            Integer known = index.get(key);
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
            index.put(key, i);
            return i;
        }

        Contest toContest() {
            return new Contest(name, voteFor, choices, Optional.ofNullable(declared), reporting);
        }
    }
}
