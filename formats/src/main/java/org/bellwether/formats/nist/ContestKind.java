package org.bellwether.formats.nist;

import java.util.Locale;
import java.util.Set;
import org.bellwether.core.Choice;
import org.bellwether.core.Contest;

/**
 * Which NIST contest class a contest is written as. The model does not keep the class (a reader of NIST notes it),
 * so the writer infers it from the choices: a vote-for-1 contest whose choices are all answers such as YES and NO
 * is a ballot measure; one whose every choice is a party and named as that party is a straight-party contest;
 * anything else is a candidate contest. Either way the choices read back the same.
 */
enum ContestKind {
    CANDIDATE("CandidateContest", "CandidateSelection"),
    BALLOT_MEASURE("BallotMeasureContest", "BallotMeasureSelection"),
    PARTY("PartyContest", "PartySelection");

    private static final Set<String> ANSWERS = Set.of("yes", "no", "for", "against");

    private final String contestType;
    private final String selectionType;

    ContestKind(String contestType, String selectionType) {
        this.contestType = contestType;
        this.selectionType = selectionType;
    }

    String contestType() {
        return contestType;
    }

    String selectionType() {
        return selectionType;
    }

    static ContestKind of(Contest contest) {
        if (contest.voteFor() != 1 || contest.choices().isEmpty()) {
            return CANDIDATE;
        }
        if (contest.choices().stream().allMatch(ContestKind::isAnswer)) {
            return BALLOT_MEASURE;
        }
        if (contest.choices().stream().allMatch(c -> !c.writeIn() && c.party().filter(c.name()::equals).isPresent())) {
            return PARTY;
        }
        return CANDIDATE;
    }

    private static boolean isAnswer(Choice c) {
        return !c.writeIn() && c.party().isEmpty() && ANSWERS.contains(c.name().toLowerCase(Locale.ROOT));
    }
}
