package org.bellwether.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.bellwether.server.ContestRules;
import org.bellwether.server.GeoShapes;
import org.bellwether.server.ResultsServer;
import org.bellwether.server.ServeSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the results store over HTTP until stopped: a JSON API (GET /api/v1/openapi.json"
                + " documents it), server-sent events at /api/v1/events, and a live results page at / that updates"
                + " itself. Several servers may share one PostgreSQL store: each hears of a new version at once."
                + " Reads are public; writes (POST /api/v1/ingest, calls, certifications, retractions) need the"
                + " token given by --token-sha256-file. A ranked-choice contest stored from cast-vote records is"
                + " counted under the rule it was stored with and served round by round (.../contests/C/rounds).",
            "Example: bellwether serve --port 8080 --zone America/New_York"})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "the port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "the address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface)")
    String host;

    @Option(names = "--rule", paramLabel = "RULE", converter = RuleOption.Converter.class,
            description = "decide every contest by this rule: " + RuleOption.HELP + ". Default: each contest's own"
                    + " rule, from its file or the bundled rulebook")
    RuleOption rule;

    @Option(names = "--zone", paramLabel = "ZONE", defaultValue = "UTC",
            description = "the time zone the page gives times in, e.g. America/New_York (default: ${DEFAULT-VALUE})")
    ZoneId zone;

    @Option(names = "--test-data", description = "say in every response and on the page that these are test data")
    boolean testData;

    @Option(names = "--token-sha256-file", paramLabel = "FILE",
            description = "a file holding the SHA-256 (64 hex digits) of the write token, e.g. made with"
                    + " printf %%s \"$TOKEN\" | sha256sum | cut -c1-64 > token.sha256; without it writes are refused")
    Path tokenFile;

    @Option(names = "--shapes", paramLabel = "GEOJSON",
            description = "precinct shapes (GeoJSON with CTYNAME and PRECINCT_N, e.g."
                    + " ../shared/data/ga06-2017/shapes/GA06_Precincts.geojson) for the page's precinct map")
    Path shapes;

    @Option(names = "--baseline", paramLabel = "SPECIAL",
            description = "a special-election file (examples/specials/*.properties) whose baseline colours the map"
                    + " by swing too, e.g. examples/specials/ga06-2017-runoff.properties; needs --shapes")
    Path baseline;

    @Option(names = "--baseline-label", paramLabel = "LABEL",
            description = "which of its baselines (default: the first, e.g. President 2016)")
    String baselineLabel;

    @Option(names = "--data", paramLabel = "DIR", description = "the data root the special-election file's patterns"
            + " are relative to (default: ../shared/data beside the project)")
    Path data;

    @Option(names = "--bare-endpoint", hidden = true,
            description = "serve /bench/bare, the first contest's bytes from memory (for the load benchmark)")
    boolean bare;

    @Mixin
    StoreOption store;

    /** The named (or first) baseline of the special-election file, computed as {@code analyze swing} does. */
    private org.bellwether.analysis.baseline.Baseline baseline() {
        Path root = data != null ? data : DemoCommand.ProjectHome.relative(DemoCommand.ProjectHome.find()
                .resolve("../shared/data"));
        LoadedSpecial special = new SpecialLoader(root, new org.bellwether.analysis.baseline.Allocation.Proportional(),
                new InputLog(), spec.commandLine().getErr()).load(baseline);
        return special.baselines().stream().filter(b -> baselineLabel == null || b.baseline().label()
                .equals(baselineLabel)).findFirst().map(LoadedSpecial.LoadedBaseline::baseline)
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), "--baseline-label "
                        + baselineLabel + ": " + baseline + " has the baselines " + String.join(", ", special
                                .baselines().stream().map(b -> b.baseline().label()).toList())));
    }

    @Override
    public Integer call() throws InterruptedException {
        ServeSettings s = ServeSettings.defaults().withHost(host).withPort(port).withRules(rule == null ? ContestRules.ownLaw()
                : ContestRules.given(rule.given()))
                .withZone(zone).withTestData(testData).withBareEndpoint(bare);
        if (baseline != null && shapes == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--baseline colours the precinct map:"
                    + " give the shapes with --shapes");
        }
        if (shapes != null) {
            GeoShapes geo = GeoShapes.read(shapes);
            s = s.withShapes(baseline == null ? geo : geo.withBaseline(baseline()));
        }
        if (tokenFile != null) {
            try {
                s = s.withTokenSha256(Files.readString(tokenFile));
            } catch (IOException | IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--token-sha256-file " + tokenFile
                        + ": " + (e instanceof IOException ? "cannot be read: " : "") + e.getMessage());
            }
        }
        var err = spec.commandLine().getErr();
        ResultsServer server = ResultsServer.start(store.spec(), s, line -> {
            err.println(line);
            err.flush();
        });
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        err.println("serve: http://" + host + ":" + server.port() + "/ (store " + store.spec().replaceAll(
                "//[^@/]*@", "//") + ")");
        err.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
