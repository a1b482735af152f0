package org.bellwether.formats.gasos;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.core.ElectionType;
import org.bellwether.formats.InputException;

/**
 * Reads the top of an export: the election's name and date, the state block ({@code results}) and the county
 * blocks ({@code localResults}), each handed to the assembler as soon as it is read.
 */
final class ExportParser {

    private final JsonCursor in;
    private final BlockParser blocks;
    private final ExportAssembler assembler;
    private final ElectionBuilder builder;
    private final Checks checks;

    ExportParser(JsonCursor in, BlockParser blocks, ExportAssembler assembler, ElectionBuilder builder,
            Checks checks) {
        this.in = in;
        this.blocks = blocks;
        this.assembler = assembler;
        this.builder = builder;
        this.checks = checks;
    }

    /** Reads the whole document and returns the clauses of the summary note. */
    List<String> document() {
        in.next();
        in.object(field -> {
            switch (field) {
                case "electionName" -> name(in.text());
                case "electionDate" -> date(in.text());
                case "results" -> assembler.state(blocks.block());
                case "localResults" -> in.array(() -> assembler.county(blocks.block()));
                case "createdAt" -> in.skip();
                default -> {
                    return false;
                }
            }
            return true;
        });
        if (in.next() != null) {
            throw in.errorHere("more content after the end of the JSON object");
        }
        List<String> clauses = new ArrayList<>(assembler.finish());
        clauses.addAll(checks.summary());
        return clauses;
    }

    private void name(String name) {
        if (name != null) {
            builder.name(name).type(ElectionType.fromName(name));
        }
    }

    private void date(String text) {
        if (text == null) {
            return;
        }
        // some exports stamp the day with a time of midnight: 2017-04-18T00:00:00
        String day = text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text;
        try {
            builder.date(LocalDate.parse(day));
        } catch (DateTimeParseException e) {
            throw in.error(InputException.echo(text) + " is not a date (YYYY-MM-DD)");
        }
    }

}
