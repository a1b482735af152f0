package org.bellwether.formats.specials;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One baseline a special election is measured from, as its special-election file declares it.
 *
 * @param id         the short id used in the file's keys and on the command line, e.g. {@code pres16}
 * @param label      how reports name it, e.g. {@code President 2016}
 * @param files      file patterns relative to the data root
 * @param contest    the baseline contest, e.g. {@code President of the United States}
 * @param boundary   the House contest of the district (its siblings give the line), or empty: the whole election
 * @param republican choice names counted as the Republican bloc, beside party labels
 * @param democratic choice names counted as the Democratic bloc
 * @param published  which published figures to check against: {@code 2016} or {@code 2012} presidential
 * @param totalsReport whether a total row that disagrees with its parts is reported rather than refused
 */
public record BaselineSpec(String id, String label, List<String> files, String contest, Optional<String> boundary,
        List<String> republican, List<String> democratic, Optional<String> published, boolean totalsReport) {

    public BaselineSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        files = List.copyOf(files);
        Objects.requireNonNull(contest, "contest");
        Objects.requireNonNull(boundary, "boundary");
        republican = List.copyOf(republican);
        democratic = List.copyOf(democratic);
        Objects.requireNonNull(published, "published");
    }
}
