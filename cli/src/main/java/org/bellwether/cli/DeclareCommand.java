package org.bellwether.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.bellwether.formats.report.PlainText;
import org.bellwether.store.Declaration;
import org.bellwether.store.ResultsStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * A newsroom's declarations beside the count, against the store, under the same rules as {@code serve}'s write
 * endpoints ({@link ResultsStore#declare}, {@link ResultsStore#retract}): a call or a certification names a contest
 * (and a call one of its choices) of the election's newest version, a contest has at most one standing call and one
 * standing certification, and a retraction names a standing one. Append-only: a retraction is stored beside what it
 * retracts. Every running {@code serve} hears of it at once.
 */
@Command(name = "declare", mixinStandardHelpOptions = true,
        description = {"Declare beside the count: a newsroom's manual race call, a certification, or the retraction"
                + " of either, stored in the results store (append-only) and heard by every running serve; list"
                + " them. The same rules as serve's write endpoints.",
            "Example: bellwether declare call KEY \"U.S. House, District 6\" \"Karen Handel\" --by \"Night desk\""
                + " --reason \"no path left\""},
        subcommands = {DeclareCommand.Call.class, DeclareCommand.Certify.class, DeclareCommand.Retract.class,
            DeclareCommand.ListAll.class})
final class DeclareCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "what to declare is required: call, certify,"
                + " retract or list");
    }

    /** Who and why, the store, and the output format: what every write takes. */
    static final class Declarer {

        @Option(names = "--by", required = true, paramLabel = "WHO", description = "who declares it (a person or a"
                + " desk; at most " + Declaration.MAX_BY + " characters)")
        String by;

        @Option(names = "--reason", required = true, paramLabel = "WHY", description = "why, in words (at most "
                + Declaration.MAX_REASON + " characters)")
        String reason;
    }

    /** Runs one write against the store and prints what was stored. */
    private abstract static class Write implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @CommandLine.ParentCommand
        DeclareCommand parent;

        @Mixin
        Declarer who;

        @Mixin
        StoreOption store;

        @Mixin
        TextOrJson output;

        abstract Declaration store(ResultsStore results, String by, String reason);

        @Override
        public Integer call() {
            Declaration d;
            try (ResultsStore results = store.openExisting()) {
                d = store(results, who.by, who.reason);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            print(List.of(d), output, spec.commandLine().getOut());
            return ExitCodes.OK;
        }

        java.time.Clock clock() {
            return parent.main.clock();
        }
    }

    @Command(name = "call", mixinStandardHelpOptions = true,
            description = "A manual race call: CHOICE has won CONTEST, whatever the count says so far (the count's"
                    + " own status and winner flag stay as they are, and serve says when they disagree).")
    static final class Call extends Write {

        @Parameters(index = "0", paramLabel = "ELECTION", description = "the election's key, as versions lists it")
        String election;

        @Parameters(index = "1", paramLabel = "CONTEST", description = "the contest's name, as tabulate --as-of"
                + " prints it")
        String contest;

        @Parameters(index = "2", paramLabel = "CHOICE", description = "the choice called, as the count names it")
        String choice;

        @Override
        Declaration store(ResultsStore results, String by, String reason) {
            return results.declare(election, contest, new Declaration.Call(choice), by, reason, clock());
        }
    }

    @Command(name = "certify", mixinStandardHelpOptions = true,
            description = "The contest's result is certified by the authority that counts it.")
    static final class Certify extends Write {

        @Parameters(index = "0", paramLabel = "ELECTION", description = "the election's key, as versions lists it")
        String election;

        @Parameters(index = "1", paramLabel = "CONTEST", description = "the contest's name, as tabulate --as-of"
                + " prints it")
        String contest;

        @Override
        Declaration store(ResultsStore results, String by, String reason) {
            return results.declare(election, contest, new Declaration.Certified(), by, reason, clock());
        }
    }

    @Command(name = "retract", mixinStandardHelpOptions = true,
            description = "Withdraw a standing call or certification (by its number, as list shows it); the history"
                    + " keeps both.")
    static final class Retract extends Write {

        @Parameters(index = "0", paramLabel = "ELECTION", description = "the election's key, as versions lists it")
        String election;

        @Parameters(index = "1", paramLabel = "ID", description = "the declaration's number")
        long id;

        @Override
        Declaration store(ResultsStore results, String by, String reason) {
            return results.retract(election, id, by, reason, clock());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Every declaration of the election (or of every election), oldest first, retractions and"
                    + " what they retract included.")
    static final class ListAll implements Callable<Integer> {

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Parameters(arity = "0..1", paramLabel = "ELECTION", description = "the election's key")
        String election;

        @Mixin
        StoreOption store;

        @Mixin
        TextOrJson output;

        @Override
        public Integer call() {
            List<Declaration> all;
            try (ResultsStore results = store.openExisting()) {
                all = results.declarations(Optional.ofNullable(election));
            }
            if (all.isEmpty() && !output.json()) {
                spec.commandLine().getOut().println("No declarations stored yet.");
                spec.commandLine().getOut().flush();
                return ExitCodes.OK;
            }
            print(all, output, spec.commandLine().getOut());
            return ExitCodes.OK;
        }
    }

    static void print(List<Declaration> all, TextOrJson output, PrintWriter raw) {
        if (output.json()) {
            JsonDocument.write(raw, "declarations.schema.json", g -> json(g, all));
            return;
        }
        PrintWriter out = TextLines.of(raw);
        for (Declaration d : all) {
            out.println(line(d));
        }
        out.flush();
    }

    /** One declaration in words, e.g. {@code Declaration 1  KEY  call: Karen Handel in "Contest" by ... at ...}. */
    static String line(Declaration d) {
        String what = switch (d.what()) {
            case Declaration.Call c -> "call: " + c.choice() + " wins \"" + d.contest() + "\"";
            case Declaration.Certified c -> "certified: \"" + d.contest() + "\"";
            case Declaration.Retraction r -> "retraction of declaration " + r.retracted() + " (\"" + d.contest()
                    + "\")";
        };
        return PlainText.escape("Declaration " + d.id() + "  " + d.electionKey() + "  " + what + ", by " + d.by()
                + " at " + d.at() + " against version " + d.asOfVersion() + ": " + d.reason());
    }

    private static void json(JsonGenerator g, List<Declaration> all) throws IOException {
        g.writeArrayFieldStart("declarations");
        for (Declaration d : all) {
            org.bellwether.server.DeclarationJson.write(g, d, true);
        }
        g.writeEndArray();
    }
}
