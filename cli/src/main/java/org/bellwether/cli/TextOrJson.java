package org.bellwether.cli;

import picocli.CommandLine.Option;

/** The {@code --format} of commands that print a listing: text for people, JSON for programs. */
final class TextOrJson {

    enum Format { TEXT, JSON }

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "output format (default: ${DEFAULT-VALUE}); the JSON follows docs/schemas of the project")
    Format format;

    boolean json() {
        return format == Format.JSON;
    }
}
