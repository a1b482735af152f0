package org.bellwether.analysis;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bellwether.core.Choice;

/**
 * Decides the bloc of each choice: a declared bloc for the choice's name when there is one, otherwise its party
 * label read through a fixed list, otherwise {@link Bloc#OTHER}.
 *
 * <p>The labels, compared without case: {@code R}, {@code REP}, {@code Republican} are Republican; {@code D},
 * {@code DEM}, {@code Democrat}, {@code Democratic} are Democratic. These are every spelling the shared data
 * uses (Georgia's SOS writes {@code REP}/{@code DEM}, Kansas 2016 both {@code R} and {@code Republican},
 * Montana {@code Democrat}); any other label, or none, is counted as other.
 *
 * @param declared upper-cased choice name to its bloc, from a special election's file
 */
public record BlocRule(Map<String, Bloc> declared) {

    public static final BlocRule PARTY_LABELS = new BlocRule(Map.of());

    private static final Set<String> REPUBLICAN = Set.of("R", "REP", "REPUBLICAN");
    private static final Set<String> DEMOCRATIC = Set.of("D", "DEM", "DEMOCRAT", "DEMOCRATIC");

    public BlocRule {
        declared = Map.copyOf(Objects.requireNonNull(declared, "declared blocs"));
    }

    public Bloc bloc(Choice choice) {
        Bloc named = declared.get(choice.name().strip().toUpperCase(Locale.ROOT));
        return named != null ? named : choice.party().map(BlocRule::ofLabel).orElse(Bloc.OTHER);
    }

    /** The bloc a party label stands for, by the fixed list above. */
    public static Bloc ofLabel(String party) {
        String label = party.strip().toUpperCase(Locale.ROOT);
        if (REPUBLICAN.contains(label)) {
            return Bloc.REPUBLICAN;
        }
        return DEMOCRATIC.contains(label) ? Bloc.DEMOCRATIC : Bloc.OTHER;
    }
}
