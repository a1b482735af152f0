package org.bellwether.server;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.bellwether.render.ChoiceLine;
import org.bellwether.render.ContestView;
import org.bellwether.render.LiveElection;
import org.bellwether.render.LiveResults;
import org.bellwether.store.VersionInfo;

/**
 * The live page of each version, made once: a version's page depends only on it and the versions before it, all
 * immutable. Times are shown in the zone the server is given, so a rerun gives the same bytes.
 */
final class LivePages {

    private final Publisher publisher;
    private final DateTimeFormatter time;
    private final PrecinctShapes shapes;
    private final Recent<String, LiveElection> pages = new Recent<>(Publisher.CACHED_VERSIONS);

    LivePages(Publisher publisher, ZoneId zone, PrecinctShapes shapes) {
        this.publisher = publisher;
        this.time = time(zone);
        this.shapes = shapes;
    }

    /** How the page says a time, e.g. {@code 21:40 EDT, 20 June 2017}. */
    static DateTimeFormatter time(ZoneId zone) {
        return DateTimeFormatter.ofPattern("HH:mm zzz, d MMMM uuuu", Locale.ENGLISH).withZone(zone);
    }

    String page(Published p) {
        return LiveResults.page(election(p));
    }

    String fragment(Published p) {
        return LiveResults.fragment(election(p));
    }

    private LiveElection election(Published p) {
        return pages.computeIfAbsent(p.number() + ":" + p.declarations(), n -> build(p));
    }

    private LiveElection build(Published p) {
        List<LiveElection.VersionLine> history = new ArrayList<>();
        Optional<Published> previous = Optional.empty();
        for (VersionInfo v : publisher.versions(Optional.of(p.key()))) {
            if (v.number() > p.number()) {
                break;
            }
            Published at = v.number() == p.number() ? p : publisher.at(p.key(), v.number()).orElseThrow();
            history.add(0, new LiveElection.VersionLine(v.number(), time.format(v.importedAt()),
                    changes(previous, at)));
            previous = Optional.of(at);
        }
        Optional<String> map = p.contests().isEmpty() ? Optional.empty() : shapes.map(p.contests().get(0));
        Optional<LiveElection.SwingMap> swing = map.isEmpty() ? Optional.empty() : shapes.swingMap(p.contests().get(0));
        return new LiveElection(p.key(), p.version().electionName(), p.number(), time.format(p.version().importedAt()),
                p.testData(), p.contests(), history, map, swing);
    }

    /** Each contest's change in votes per choice against the version before, in words. */
    static String changes(Optional<Published> before, Published after) {
        if (before.isEmpty()) {
            return "first results";
        }
        List<String> parts = new ArrayList<>();
        for (ContestView c : after.contests()) {
            Optional<ContestView> old = before.get().contests().stream().filter(o -> o.name().equals(c.name()))
                    .findFirst();
            List<String> moves = new ArrayList<>();
            for (ChoiceLine ch : c.choices()) {
                long was = old.flatMap(o -> o.choices().stream().filter(x -> x.name().equals(ch.name())).findFirst())
                        .map(ChoiceLine::votes).orElse(0L);
                if (ch.votes() != was) {
                    moves.add(ch.name() + " " + String.format(Locale.ROOT, "%+,d", ch.votes() - was));
                }
            }
            if (!moves.isEmpty()) {
                parts.add((after.contests().size() > 1 ? c.name() + ": " : "") + String.join(", ", moves));
            }
        }
        return parts.isEmpty() ? "no change in votes" : String.join("; ", parts);
    }
}
