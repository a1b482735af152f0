package org.bellwether.store;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a newsroom declared about a contest beside the count, as stored: append-only, so a retraction is a
 * declaration of its own and the call it retracts stays in the history.
 *
 * @param id          the declaration's number, unique in the store and increasing
 * @param electionKey the election's key
 * @param contest     the contest's name, as the election's versions give it
 * @param what        a call, a certification or a retraction
 * @param by          who declared it (a person or a desk)
 * @param reason      why, in their words
 * @param at          when it was stored, by the declaring clock
 * @param asOfVersion the election's newest version when it was declared: the count it was declared against
 */
public record Declaration(long id, String electionKey, String contest, What what, String by, String reason,
        Instant at, long asOfVersion) {

    /** The longest {@code by} stored. */
    public static final int MAX_BY = 100;
    /** The longest {@code reason} stored. */
    public static final int MAX_REASON = 1_000;

    public Declaration {
        Objects.requireNonNull(electionKey, "election key");
        Objects.requireNonNull(contest, "contest");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(at, "time");
        by = text("by", by, MAX_BY);
        reason = text("reason", reason, MAX_REASON);
    }

    /** What is declared. */
    public sealed interface What permits Call, Certified, Retraction {
        /** The stored kind: {@code call}, {@code certified}, {@code retraction}. */
        String kind();
    }

    /** A manual race call: the newsroom says {@code choice} has won, whatever the count says so far. */
    public record Call(String choice) implements What {
        public Call {
            Objects.requireNonNull(choice, "choice");
        }

        @Override
        public String kind() {
            return "call";
        }
    }

    /** The contest's result is certified by the authority that counts it. */
    public record Certified() implements What {
        @Override
        public String kind() {
            return "certified";
        }
    }

    /** Withdraws the earlier declaration {@code retracted} (a call or a certification) of the same contest. */
    public record Retraction(long retracted) implements What {
        @Override
        public String kind() {
            return "retraction";
        }
    }

    /** The calls and certifications among {@code declarations} that no retraction among them withdraws, in order. */
    public static List<Declaration> standing(List<Declaration> declarations) {
        Set<Long> retracted = new HashSet<>();
        for (Declaration d : declarations) {
            if (d.what() instanceof Retraction r) {
                retracted.add(r.retracted());
            }
        }
        return declarations.stream().filter(d -> !(d.what() instanceof Retraction) && !retracted.contains(d.id()))
                .toList();
    }

    /**
     * A person's text as stored: stripped, not blank, at most {@code max} characters, no control characters (a
     * name that could forge a line in a log or a terminal is refused, not escaped).
     */
    static String text(String what, String value, int max) {
        Objects.requireNonNull(value, what);
        String s = value.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("'" + what + "' must not be empty");
        }
        if (s.length() > max) {
            throw new IllegalArgumentException("'" + what + "' is " + s.length() + " characters long; the limit is "
                    + max);
        }
        if (s.codePoints().anyMatch(cp -> Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT)) {
            throw new IllegalArgumentException("'" + what + "' holds a control or format character");
        }
        return s;
    }
}
