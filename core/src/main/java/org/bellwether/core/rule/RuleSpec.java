package org.bellwether.core.rule;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bellwether.core.Contest;

/**
 * A rule in its written form, as the command line, the rulebook and the store spell it:
 * {@code plurality} (vote-for-N from the contest), {@code vote-for=N}, {@code majority[=N/D][,advance=K]},
 * {@code georgia}, {@code top-two}, {@code top-four}, {@code top=N}, and the ranked rules {@code instant-runoff} and
 * {@code stv[=N]} (Droop quota; seats from the contest's vote-for unless given), which only ranked ballots decide.
 */
public final class RuleSpec {

    /** The forms, for help texts and messages. */
    public static final String FORMS = "plurality (vote-for-N from the contest), vote-for=N,"
            + " majority[=N/D][,advance=K], georgia (majority else top-two runoff, O.C.G.A. 21-2-501), top-two,"
            + " top-four, top=N, instant-runoff, stv[=N]";

    private static final Pattern MAJORITY = Pattern.compile("majority(?:=(\\d{1,9})/(\\d{1,9}))?(?:,advance=(\\d{1,4}))?");

    private RuleSpec() {
    }

    /**
     * The rule a spec names, for a contest.
     *
     * @param spec  the written form, case and surrounding spaces ignored
     * @param basis the law or the act that sets it, cited where the rule describes itself (a majority rule)
     * @throws IllegalArgumentException naming the spec and the forms, when it is not one of them
     */
    public static Rule parse(String spec, Contest contest, String basis) {
        String s = spec.strip().toLowerCase(Locale.ROOT);
        Matcher m = MAJORITY.matcher(s);
        if (m.matches()) {
            Share share = m.group(1) == null ? new Share(1, 2)
                    : new Share(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
            int advance = m.group(3) == null ? 2 : Integer.parseInt(m.group(3));
            return new MajorityRunoff(share, advance, basis);
        }
        return switch (s) {
            case "plurality" -> new Plurality(contest.voteFor());
            case "georgia" -> MajorityRunoff.georgia();
            case "top-two" -> new TopN(2);
            case "top-four" -> new TopN(4);
            case "instant-runoff", "irv", "ranked-choice" -> InstantRunoff.standard();
            case "stv" -> SingleTransferableVote.droop(contest.voteFor());
            default -> numbered(s, spec);
        };
    }

    private static Rule numbered(String s, String spec) {
        if (s.matches("vote-for=\\d{1,4}")) {
            return new Plurality(Integer.parseInt(s.substring("vote-for=".length())));
        }
        if (s.matches("stv=\\d{1,4}")) {
            return SingleTransferableVote.droop(Integer.parseInt(s.substring("stv=".length())));
        }
        if (s.matches("top=\\d{1,4}")) {
            return new TopN(Integer.parseInt(s.substring("top=".length())));
        }
        throw new IllegalArgumentException("unknown rule '" + spec.strip() + "'; rules: " + FORMS);
    }
}
