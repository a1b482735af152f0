package org.bellwether.formats.nist;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Function;
import org.bellwether.core.ElectionBuilder;
import org.bellwether.formats.InputException;
import org.bellwether.formats.JsonProblem;
import org.bellwether.formats.ReadOptions;
import org.bellwether.formats.XmlGuard;

/**
 * Reads a NIST ERR file in two passes over the same {@link Fields}, whatever the encoding: the first collects what
 * counts refer to, since the schema puts GpUnits and parties after the election that refers to them; the second
 * streams the counts into the election one selection at a time.
 */
final class NistReading {

    /** Opens a file's bytes as fields; the stream is closed by the caller. */
    @FunctionalInterface
    interface Opener {
        Fields open(InputStream in, String file) throws IOException;
    }

    private NistReading() {
    }

    static void read(Path path, ElectionBuilder into, ReadOptions options, String reader, Opener opener) {
        String file = path.toString();
        Directory directory = pass(path, opener, DirectoryParser::parse);
        ElectionAssembler assembler = new ElectionAssembler(into, directory, options, file);
        pass(path, opener, fields -> {
            CountsParser.parse(fields, assembler);
            return directory;
        });
        assembler.finish(reader);
    }

    private static <T> T pass(Path path, Opener opener, Function<Fields, T> work) {
        String file = path.toString();
        try (InputStream in = Files.newInputStream(path)) {
            return work.apply(opener.open(in, file));
        } catch (NoSuchFileException e) {
            throw new InputException(file, "", "file does not exist", e);
        } catch (XmlGuard.Refused e) {
            throw new InputException(file, e.location(), e.getMessage(), e);
        } catch (IOException | UncheckedIOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (cause instanceof com.fasterxml.jackson.core.JsonProcessingException json) {
                throw new InputException(file, json.getLocation() == null ? "" : "line "
                        + json.getLocation().getLineNr(), JsonProblem.describe(json), e);
            }
            throw new InputException(file, "", "cannot be read: " + cause.getMessage(), e);
        }
    }
}
