package org.bellwether.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.bellwether.analysis.cycle.EnvironmentModel;
import picocli.CommandLine.Option;

/**
 * What the cycle's analyses read and assume: FiveThirtyEight's table of the cycle's specials, the day to judge
 * from, and how the specials' average becomes a national environment. Every default is printed with the result.
 */
final class CycleOptions {

    static final String TABLE = "specials-2017/538/special-elections.csv";

    @Option(names = "--cycle", paramLabel = "FILE", description = "FiveThirtyEight's table of the cycle's specials"
            + " (default: " + TABLE + " under the data root)")
    Path cycle;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "count only the specials held on or before"
            + " this day (default: the table's last election day)")
    LocalDate asOf;

    @Option(names = "--weighting", paramLabel = "equal|specials|federal", defaultValue = "equal",
            description = "which contests the national environment averages, each once and alike: every row of the"
                    + " table (equal), only the special elections, without the regular 2017 New Jersey and Virginia"
                    + " ones (specials), or only U.S. House and Senate ones (federal) (default: ${DEFAULT-VALUE})")
    String weighting;

    @Option(names = "--slope", paramLabel = "K", defaultValue = "1.0", description = "national House margin per point"
            + " of average over-performance (default: ${DEFAULT-VALUE}, CNN's 2018 calibration on midterms since 1994)")
    double slope;

    @Option(names = "--step-sd", paramLabel = "POINTS", defaultValue = "5.1", description = "sd of the"
            + " specials-to-general error, in points (default: ${DEFAULT-VALUE}: CNN's 95%% margin of ±10 / 1.96)")
    double stepSd;

    Path table(Path dataRoot) {
        return cycle != null ? cycle : dataRoot.resolve(TABLE);
    }

    /** The model; an impossible setting is a usage error (exit 1) naming it. */
    EnvironmentModel model(picocli.CommandLine command) {
        try {
            return new EnvironmentModel(slope, stepSd, EnvironmentModel.Weighting.named(weighting));
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(command, e.getMessage());
        }
    }
}
