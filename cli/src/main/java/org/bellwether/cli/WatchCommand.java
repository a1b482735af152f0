package org.bellwether.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.bellwether.server.watch.Watcher;
import org.bellwether.store.ResultsStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "watch", mixinStandardHelpOptions = true,
        description = {"Follow live results feeds and store each new version of the election they publish, until"
                + " stopped. A SOURCE is a Clarity (Scytl) ENR site's root URL (where current_ver.txt is; a county"
                + " site is a site of its own) or a folder of results files in any format read here. All sources"
                + " are read as one election. A feed that does not change stores nothing; a broken or half-written"
                + " file is refused with one line on stderr and the previous version stays live; a feed that goes"
                + " backwards is ignored. Killed at any moment, it leaves only whole versions.",
            "Example: bellwether watch https://results.enr.clarityelections.com/GA/Cobb/68955/ --every 30"})
final class WatchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "Clarity site URLs or folders")
    List<String> sources;

    @Option(names = "--every", paramLabel = "SECONDS", defaultValue = "30",
            description = "seconds between looks at the feeds (default: ${DEFAULT-VALUE}; at least 0.1)")
    double every;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "timeout of each HTTP request (default: ${DEFAULT-VALUE}); a failed request is retried"
                    + " three times, 0.5, 1 and 2 s apart")
    double timeout;

    @Option(names = "--cache", paramLabel = "DIR",
            description = "where downloaded feed files are kept (default: a new temporary folder)")
    Path cache;

    @Option(names = "--once", description = "look once and stop (for cron or a test)")
    boolean once;

    @Mixin
    ReadingOptions reading;

    @Mixin
    StoreOption store;

    @Override
    public Integer call() throws Exception {
        if (every < 0.1 || timeout <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--every must be at least 0.1 and"
                    + " --timeout positive");
        }
        Path dir = cache != null ? Files.createDirectories(cache) : Files.createTempDirectory("bellwether-feeds");
        var err = spec.commandLine().getErr();
        try (ResultsStore results = store.open()) {
            Watcher w = new Watcher(Watcher.feeds(sources, SoftwareVersion.named(), millis(timeout), dir),
                    Inputs.READERS, reading.toReadOptions(), results, SoftwareVersion.named(), main.clock(), line -> {
                        err.println(line);
                        err.flush();
                    });
            if (once) {
                w.round();
            } else {
                w.run(millis(every), () -> false);
            }
        }
        return ExitCodes.OK;
    }

    private static Duration millis(double seconds) {
        return Duration.ofMillis(Math.round(seconds * 1000));
    }
}
