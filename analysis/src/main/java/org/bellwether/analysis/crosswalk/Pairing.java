package org.bellwether.analysis.crosswalk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/** The matching in progress: which places of each side are taken, and by which match. */
final class Pairing {

    private final List<Place> from;
    private final List<Place> to;
    private final Match[] matchOfFrom;
    private final boolean[] toTaken;

    Pairing(List<Place> from, List<Place> to) {
        this.from = List.copyOf(from);
        this.to = List.copyOf(to);
        matchOfFrom = new Match[from.size()];
        toTaken = new boolean[to.size()];
    }

    Place from(int i) {
        return from.get(i);
    }

    Place to(int i) {
        return to.get(i);
    }

    List<Integer> freeFrom() {
        return IntStream.range(0, from.size()).filter(i -> matchOfFrom[i] == null).boxed().toList();
    }

    List<Integer> freeTo() {
        return IntStream.range(0, to.size()).filter(i -> !toTaken[i]).boxed().toList();
    }

    boolean sameCounty(int f, int t) {
        return Names.county(from.get(f).county()).equals(Names.county(to.get(t).county()));
    }

    void pairIfFree(int f, int t, MatchMethod method, double score) {
        if (matchOfFrom[f] == null && !toTaken[t]) {
            matchOfFrom[f] = new Match(from.get(f), to.get(t), method, score);
            toTaken[t] = true;
        }
    }

    void declare(DeclaredMatch d) {
        String county = Names.county(d.county());
        for (int f : freeFrom()) {
            for (int t : freeTo()) {
                if (Names.county(from.get(f).county()).equals(county) && from.get(f).name().equals(d.from())
                        && to.get(t).name().equals(d.to()) && sameCounty(f, t)) {
                    pairIfFree(f, t, MatchMethod.DECLARED, Similarity.score(d.from(), d.to()));
                }
            }
        }
    }

    /** Pairs free places with equal keys; with {@code uniqueOnly}, only keys held by one place on each side. */
    void byKey(Function<Place, String> name, MatchMethod method, boolean uniqueOnly) {
        Map<String, List<Integer>> fromByKey = index(freeFrom(), from, name);
        Map<String, List<Integer>> toByKey = index(freeTo(), to, name);
        List<String> keys = new ArrayList<>(fromByKey.keySet());
        keys.sort(Comparator.comparingInt(k -> fromByKey.get(k).get(0)));
        for (String key : keys) {
            List<Integer> fs = fromByKey.get(key);
            List<Integer> ts = toByKey.getOrDefault(key, List.of());
            if (uniqueOnly && (fs.size() != 1 || ts.size() != 1)) {
                continue;
            }
            for (int i = 0; i < Math.min(fs.size(), ts.size()); i++) {
                pairIfFree(fs.get(i), ts.get(i), method, 1.0);
            }
        }
    }

    private static Map<String, List<Integer>> index(List<Integer> free, List<Place> places,
            Function<Place, String> name) {
        Map<String, List<Integer>> byKey = new HashMap<>();
        for (int i : free) {
            byKey.computeIfAbsent(Crosswalks.key(places.get(i), name), k -> new ArrayList<>()).add(i);
        }
        return byKey;
    }

    Crosswalk result() {
        List<Match> matches = new ArrayList<>();
        List<Place> unmatchedFrom = new ArrayList<>();
        for (int i = 0; i < from.size(); i++) {
            if (matchOfFrom[i] == null) {
                unmatchedFrom.add(from.get(i));
            } else {
                matches.add(matchOfFrom[i]);
            }
        }
        List<Place> unmatchedTo = freeTo().stream().map(to::get).toList();
        return new Crosswalk(matches, unmatchedFrom, unmatchedTo);
    }
}
