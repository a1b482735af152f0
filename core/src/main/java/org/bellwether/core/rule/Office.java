package org.bellwether.core.rule;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The level of office a contest fills, as the rulebook distinguishes them, told from the contest's name. A
 * name this cannot place is {@link #UNKNOWN} and matches only rulebook entries for every office.
 */
public enum Office {
    PRESIDENT("president"), US_SENATE("us-senate"), US_HOUSE("us-house"), STATE("state"), LOCAL("local"),
    QUESTION("question"), UNKNOWN("unknown");

    private final String code;

    Office(String code) {
        this.code = code;
    }

    /** The word the rulebook uses, e.g. {@code us-house}. */
    public String code() {
        return code;
    }

    /** The office of this rulebook word, or empty for {@code *}. */
    public static java.util.Optional<Office> ofCode(String word) {
        for (Office o : values()) {
            if (o.code.equals(word)) {
                return java.util.Optional.of(o);
            }
        }
        return java.util.Optional.empty();
    }

    // Order matters: "U.S. Senate" before "Senate", a question before the offices its text may name.
    private static final List<Clue> CLUES = List.of(
            new Clue(QUESTION, "\\b(amendment|question|referendum|proposition|measure|ballot issue|bond)\\b"),
            new Clue(PRESIDENT, "\\bpresident(ial)?\\b(?!.*\\b(board|council|commission)\\b)"),
            new Clue(US_SENATE, "\\b(u\\.? ?s\\.?|united states) senat"),
            new Clue(US_HOUSE, "\\b(u\\.? ?s\\.?|united states) (rep|house|congress)|\\bcongress|"
                    + "\\brepresentative in congress\\b|\\bus house\\b"),
            new Clue(STATE, "\\bstate (senat|rep|house|school|board|court|treasurer|auditor)|\\bgovernor\\b|"
                    + "\\bsecretary of state\\b|\\battorney general\\b|\\bhouse of delegates\\b|\\bassembly\\b|"
                    + "\\bsupreme court\\b|\\bcourt of appeals\\b|\\bpublic service commission\\b|"
                    + "\\b(insurance|agriculture|labor) commissioner\\b|\\bcommissioner of (insurance|agriculture|labor)\\b|"
                    + "\\blegislat"),
            new Clue(LOCAL, "\\b(county|city|town|village|mayor|council|alder|school board|board of education|"
                    + "sheriff|clerk|coroner|municipal|township|ward)\\b"));

    private static final java.util.Set<String> ANSWERS = java.util.Set.of("YES", "NO", "FOR", "AGAINST", "APPROVE",
            "APPROVED", "REJECT", "REJECTED", "BOND YES", "BOND NO", "YES/SI", "NO/NO");

    /**
     * The office a contest fills, from its name, or {@link #QUESTION} when its choices are only answers (yes and
     * no, for and against), whatever its name.
     */
    public static Office of(org.bellwether.core.Contest contest) {
        boolean answers = !contest.choices().isEmpty() && contest.choices().stream()
                .allMatch(c -> ANSWERS.contains(c.name().strip().toUpperCase(Locale.ROOT)));
        return answers ? QUESTION : of(contest.name());
    }

    /** The office a contest's name names, or {@link #UNKNOWN}. */
    public static Office of(String contestName) {
        String name = contestName.toLowerCase(Locale.ROOT);
        for (Clue clue : CLUES) {
            if (clue.pattern.matcher(name).find()) {
                return clue.office;
            }
        }
        return UNKNOWN;
    }

    private record Clue(Office office, Pattern pattern) {
        Clue(Office office, String regex) {
            this(office, Pattern.compile(regex));
        }
    }
}
