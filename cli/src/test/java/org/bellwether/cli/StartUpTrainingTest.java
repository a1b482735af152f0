package org.bellwether.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartUpTrainingTest {

    @TempDir
    Path dir;

    @Test
    void everyTrainingCommandRunsOnTheShippedExamples() throws IOException {
        Path large = dir.resolve("large.csv");
        Files.writeString(large, "county,precinct,office,district,party,candidate,votes\n"
                + "Fulton,1,Governor,,REP,Jane Doe,10\nFulton,1,Governor,,DEM,John Roe,12\n");

        assertThat(StartUpTraining.run(large, DemoCommand.ProjectHome.find(), dir.resolve("work"))).isEmpty();
        assertThat(dir.resolve("work/demo.db")).isNotEmptyFile();
        assertThat(Files.readString(dir.resolve("work/april.xml"))).contains("<ElectionReport");
    }
}
