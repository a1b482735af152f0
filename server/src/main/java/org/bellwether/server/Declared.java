package org.bellwether.server;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.bellwether.render.ChoiceLine;
import org.bellwether.render.ContestDeclarations;
import org.bellwether.render.ContestView;
import org.bellwether.store.Declaration;

/**
 * Puts a newsroom's standing declarations beside a contest's count. A call never changes the count's status or
 * winner flags; what the count says against it is said in words, so that a reader sees both.
 */
final class Declared {

    private Declared() {
    }

    /** {@code c} with the standing call and certification among {@code declarations} (the election's, in order). */
    static ContestView apply(ContestView c, List<Declaration> declarations, long through, DateTimeFormatter time) {
        List<Declaration> standing = Declaration.standing(declarations).stream()
                .filter(d -> d.contest().equals(c.name())).toList();
        Optional<ContestDeclarations.Call> call = standing.stream()
                .filter(d -> d.what() instanceof Declaration.Call).findFirst()
                .map(d -> new ContestDeclarations.Call(d.id(), ((Declaration.Call) d.what()).choice(), d.by(),
                        d.reason(), d.at(), time.format(d.at()), disagreement(c, ((Declaration.Call) d.what()).choice())));
        Optional<ContestDeclarations.Certification> cert = standing.stream()
                .filter(d -> d.what() instanceof Declaration.Certified).findFirst()
                .map(d -> new ContestDeclarations.Certification(d.id(), d.by(), d.reason(), d.at(), time.format(d.at()),
                        caveat(c)));
        return c.withDeclared(new ContestDeclarations(through, call, cert));
    }

    /** What the count says against calling {@code called}: another winner, a runoff, or that the called trails. */
    static Optional<String> disagreement(ContestView c, String called) {
        List<ChoiceLine> winners = flagged(c, "X");
        List<ChoiceLine> runoff = flagged(c, "R");
        Optional<ChoiceLine> choice = c.choices().stream().filter(ch -> ch.name().equals(called)).findFirst();
        if (choice.isEmpty()) {
            return Optional.of("The count has no choice named " + called + " in this version.");
        }
        if (!winners.isEmpty() && !winners.contains(choice.get())) {
            return Optional.of("The count disagrees: it decides " + names(winners) + " elected.");
        }
        if (!runoff.isEmpty()) {
            return Optional.of("The count disagrees: it says a runoff between " + names(runoff) + ".");
        }
        if (winners.isEmpty() && choice.get().rank() > c.voteFor()) {
            ChoiceLine leader = c.choices().get(0);
            return Optional.of("The count disagrees so far: " + called + " trails " + leader.name() + " by "
                    + String.format(java.util.Locale.ROOT, "%,d", leader.votes() - choice.get().votes()) + " votes.");
        }
        return Optional.empty();
    }

    private static Optional<String> caveat(ContestView c) {
        if (c.reporting().complete()) {
            return Optional.empty();
        }
        return Optional.of("The count here is not complete: " + c.reporting().unitsReporting() + " of "
                + c.reporting().units() + " " + c.reporting().level() + "s reporting.");
    }

    private static List<ChoiceLine> flagged(ContestView c, String flag) {
        return c.choices().stream().filter(ch -> ch.winner().equals(flag)).toList();
    }

    private static String names(List<ChoiceLine> choices) {
        List<String> n = choices.stream().map(ChoiceLine::name).toList();
        return n.size() == 1 ? n.get(0) : String.join(", ", n.subList(0, n.size() - 1)) + " and " + n.getLast();
    }
}
