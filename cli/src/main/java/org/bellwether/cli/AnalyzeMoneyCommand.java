package org.bellwether.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.bellwether.formats.fec.FecCandidate;
import org.bellwether.formats.fec.FecCandidateFile;
import org.bellwether.formats.sidefile.FecIdFile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "money", mixinStandardHelpOptions = true,
        description = {"Receipts and disbursements per vote for each candidate, from the FEC all-candidates"
                + " summary, tied to candidates through each special's explicit FEC id table."})
final class AnalyzeMoneyCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SpecialsOptions specials;

    @Mixin
    AnalysisOutput output;

    @Option(names = "--fec", paramLabel = "FILE", description = "FEC all-candidates summary (default:"
            + " fec/weball18.txt under the data root)")
    Path fec;

    @Override
    public Integer call() {
        AnalysisRun run = new AnalysisRun(specials, spec.commandLine().getErr());
        Map<String, Map<String, String>> ids = new LinkedHashMap<>();
        for (LoadedSpecial s : run.specials) {
            s.spec().fec().ifPresent(p -> {
                run.log.add(p);
                ids.put(s.name(), FecIdFile.load(p));
            });
        }
        Path file = fec != null ? fec : specials.dataRoot().resolve("fec/weball18.txt");
        List<FecCandidate> candidates = FecCandidateFile.read(file);
        run.log.add(file);
        output.write(run.report("Bellwether analysis: money per vote", List.of(MoneyTables.of(run.specials, ids,
                candidates)), Methods.MONEY), spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
