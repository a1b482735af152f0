package org.bellwether.formats.gasos;

import org.bellwether.formats.ReaderNotes;
import java.util.Optional;
import org.bellwether.core.Choice;
import org.bellwether.formats.ChoiceAliases;
import org.bellwether.formats.ChoiceMetadata;
import org.bellwether.formats.DeclaredChoices;

/**
 * Turns a ballot option into the choice the election holds. Georgia's later exports append the party to the name
 * ({@code KAREN HANDEL (REP)}) and give it again in {@code politicalParty}; the suffix is dropped only when it
 * repeats that party, so a name that merely ends in parentheses is kept whole. Declared aliases then merge
 * spellings, and the metadata side file supplies a party the export leaves out.
 */
final class ChoiceNames {

    private final DeclaredChoices declared;

    ChoiceNames(ChoiceAliases aliases, ChoiceMetadata metadata, ReaderNotes notes) {
        this.declared = new DeclaredChoices(aliases, metadata, notes);
    }

    Choice resolve(String sourceName, Optional<String> party) {
        return declared.resolve(withoutPartySuffix(sourceName, party), party, name -> false);
    }

    static String withoutPartySuffix(String name, Optional<String> party) {
        if (party.isEmpty()) {
            return name;
        }
        String suffix = " (" + party.get() + ")";
        int start = name.length() - suffix.length();
        boolean repeated = start > 0 && name.regionMatches(true, start, suffix, 0, suffix.length());
        return repeated ? name.substring(0, start).strip() : name;
    }
}
