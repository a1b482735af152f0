package org.bellwether.formats.specials;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bellwether.formats.InputException;

/**
 * Reads a special-election file ({@code examples/specials/*.properties}): {@code key = value} lines, documented in
 * {@code examples/specials/README.md}. File patterns are comma-separated; name lists are separated by {@code ;}
 * because candidate names contain commas ({@code Trump, Donald J.}). Side-file paths are relative to the file's
 * own folder, result patterns to the data root. Every problem names the file and line.
 */
public final class SpecialElectionFile {

    private static final Pattern ID = Pattern.compile("[a-z0-9_-]{1,32}");

    private SpecialElectionFile() {
    }

    public static SpecialElectionSpec load(Path file) {
        KeyValues kv = KeyValues.read(file);
        Path folder = file.toAbsolutePath().getParent();
        List<BaselineSpec> baselines = new ArrayList<>();
        for (String id : list(kv.optional("baselines").map(KeyValues.Entry::value).orElse(""), ",")) {
            baselines.add(baseline(kv, id));
        }
        SpecialElectionSpec spec = new SpecialElectionSpec(file, kv.required("name").value(),
                kv.optional("date").map(KeyValues.Entry::value).orElse(""), list(kv.required("files").value(), ","),
                kv.required("contest").value(), kv.required("district").value(), text(kv, "published"),
                path(kv, folder, "choices"), path(kv, folder, "aliases"), totals(kv, "totals"),
                names(kv, "republican"), names(kv, "democratic"), path(kv, folder, "fec"),
                path(kv, folder, "crosswalk"), baselines, flows(kv, folder), text(kv, "rule"));
        kv.checkAllUsed();
        return spec;
    }

    private static BaselineSpec baseline(KeyValues kv, String id) {
        if (!ID.matcher(id).matches()) {
            throw kv.error(kv.required("baselines"), "baseline id " + InputException.echo(id)
                    + " must be 1 to 32 lower-case letters, digits, '-' or '_'");
        }
        String p = "baseline." + id + ".";
        Optional<String> boundary = text(kv, p + "boundary").filter(b -> !b.equalsIgnoreCase("all"));
        Optional<String> published = text(kv, p + "published");
        published.ifPresent(y -> {
            if (!y.equals("2016") && !y.equals("2012")) {
                throw kv.error(kv.required(p + "published"), "published must be 2016 or 2012, was "
                        + InputException.echo(y));
            }
        });
        return new BaselineSpec(id, kv.required(p + "label").value(), list(kv.required(p + "files").value(), ","),
                kv.required(p + "contest").value(), boundary, names(kv, p + "republican"),
                names(kv, p + "democratic"), published, totals(kv, p + "totals"));
    }

    private static Optional<FlowsSpec> flows(KeyValues kv, Path folder) {
        return path(kv, folder, "flows.from").map(from -> new FlowsSpec(from,
                list(kv.required("flows.files").value(), ","), kv.required("flows.contest").value()));
    }

    private static Optional<String> text(KeyValues kv, String key) {
        return kv.optional(key).map(KeyValues.Entry::value);
    }

    private static Optional<Path> path(KeyValues kv, Path folder, String key) {
        return text(kv, key).map(v -> folder.resolve(v).normalize());
    }

    private static List<String> names(KeyValues kv, String key) {
        return list(text(kv, key).orElse(""), ";");
    }

    private static boolean totals(KeyValues kv, String key) {
        Optional<KeyValues.Entry> entry = kv.optional(key);
        String value = entry.map(KeyValues.Entry::value).orElse("reject").toLowerCase(Locale.ROOT);
        return switch (value) {
            case "reject" -> false;
            case "report" -> true;
            default -> throw kv.error(entry.orElseThrow(), key + " must be reject or report, was "
                    + InputException.echo(value));
        };
    }

    static List<String> list(String value, String separator) {
        return Arrays.stream(value.split(Pattern.quote(separator))).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
    }
}
