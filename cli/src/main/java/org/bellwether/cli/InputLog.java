package org.bellwether.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bellwether.core.Election;
import org.bellwether.core.Source;
import org.bellwether.formats.Readers;

/** Every file an analysis read, once each, in the order first read, with its SHA-256. */
final class InputLog {

    private final Map<String, String> files = new LinkedHashMap<>();

    void add(Path file) {
        String shown = DemoCommand.ProjectHome.relative(file).toString();
        files.computeIfAbsent(shown, k -> Readers.sha256(file));
    }

    void add(Election election) {
        for (Source s : election.sources()) {
            files.putIfAbsent(DemoCommand.ProjectHome.relative(Path.of(s.path())).toString(), s.sha256());
        }
    }

    List<AnalysisReport.InputFile> files() {
        List<AnalysisReport.InputFile> list = new ArrayList<>();
        files.forEach((path, sha) -> list.add(new AnalysisReport.InputFile(path, sha)));
        return list;
    }
}
