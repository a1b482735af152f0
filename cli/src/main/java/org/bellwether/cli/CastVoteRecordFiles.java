package org.bellwether.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.FutureTask;
import org.bellwether.core.Source;
import org.bellwether.core.ranked.RankedBallots;
import org.bellwether.formats.Beside;
import org.bellwether.formats.InputException;
import org.bellwether.formats.cvr.CastVoteRecords;
import org.bellwether.formats.cvr.CvrSource;
import org.bellwether.formats.cvr.RankRows;
import org.bellwether.formats.cvr.RctabConfig;
import org.bellwether.formats.cvr.RctabConfigReader;

/**
 * A ranked-choice contest read from its files: the RCTab configuration, the cast-vote records it names, and the
 * SHA-256 of each, which every output lists and the store keeps.
 *
 * @param configFile the configuration
 * @param configText the configuration as written
 * @param config     the configuration read
 * @param ballots    the ballots
 * @param sources    the configuration, then each cast-vote-record file, with its SHA-256
 */
record CastVoteRecordFiles(Path configFile, String configText, RctabConfig config, RankedBallots ballots,
        List<Source> sources) {

    /** Reads the configuration and its records; {@code identities}: keep each ballot's id, batch and precinct. */
    static CastVoteRecordFiles read(Path config, boolean identities, PrintWriter err) {
        return read(config, identities, null, err);
    }

    /** As {@link #read(Path, boolean, PrintWriter)}; {@code hartKey}, when not null, signed each Hart sheet. */
    static CastVoteRecordFiles read(Path config, boolean identities, java.security.interfaces.RSAPublicKey hartKey,
            PrintWriter err) {
        if (!Files.isRegularFile(config)) {
            throw new InputException(config.toString(), "", "no such file");
        }
        RctabConfig read = RctabConfigReader.read(config);
        String text;
        try {
            text = Files.readString(config);
        } catch (IOException e) {
            throw new InputException(config.getFileName().toString(), "", "cannot be read: " + e.getMessage(), e);
        }
        return records(config, new Source(config.toString(), sha256(config), "rctab-config"), text, read, identities,
                hartKey, List.of(), err);
    }

    /**
     * Reads the records of a configuration made from the command line's options (written nowhere, or to
     * {@code written} by --write-config): its text stands first among the sources, as a configuration file would.
     * The ballots of a sheet whose rows discovery kept ({@code kept}) are taken from them, not read again.
     */
    static CastVoteRecordFiles fromOptions(String text, List<RankRows> kept, Path written, boolean identities,
            java.security.interfaces.RSAPublicKey hartKey, PrintWriter err) {
        String name = written == null ? "(the command line's options)" : written.toString();
        Path folder = written == null ? Path.of("").toAbsolutePath() : written.toAbsolutePath().getParent();
        RctabConfig read = RctabConfigReader.read(written == null ? name : written.getFileName().toString(), folder,
                text);
        return records(written, new Source(name, sha256(text), "rctab-config"), text, read, identities, hartKey,
                kept, err);
    }

    private static CastVoteRecordFiles records(Path config, Source first, String text, RctabConfig read,
            boolean identities, java.security.interfaces.RSAPublicKey hartKey, List<RankRows> kept, PrintWriter err) {
        err.println("bellwether: reading " + read.sources().size() + " cast-vote record file(s)...");
        // The hashes are a pass over the bytes of their own: beside the read, on a thread of their own, they cost
        // little wall time (after it, they were a fifth of a 1M-ballot JSON run's).
        FutureTask<List<String>> hashes = Beside.start("sha-256 of the cast-vote records", () -> read.sources()
                .stream().map(s -> sha256(s.path())).toList());
        RankedBallots ballots;
        try {
            ballots = CastVoteRecords.read(read, identities, hartKey, kept);
        } catch (RuntimeException | Error e) {
            hashes.cancel(true); // the read's own error is the one to report
            throw e;
        }
        err.println("bellwether: " + ballots.ballots() + " ballots, " + ballots.groups() + " distinct; counting...");
        List<String> hashed = Beside.join(hashes, "hashing the cast-vote records");
        List<Source> sources = new ArrayList<>();
        sources.add(first);
        for (int i = 0; i < read.sources().size(); i++) {
            CvrSource s = read.sources().get(i);
            sources.add(new Source(s.path().toString(), hashed.get(i), "cvr-" + s.provider()));
        }
        return new CastVoteRecordFiles(config, text, read, ballots, List.copyOf(sources));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What --out must not name: every file read. */
    List<String> paths() {
        return sources.stream().map(Source::path).toList();
    }

    static String inputLines(List<Source> records) {
        StringBuilder s = new StringBuilder();
        for (Source source : records) {
            s.append("input: ").append(Path.of(source.path()).getFileName()).append(" sha256 ")
                    .append(source.sha256()).append('\n');
        }
        s.append("software: ").append(SoftwareVersion.named()).append('\n');
        return s.toString();
    }

    /** A configuration's contest date, when it is an ISO date (RCTab writes 2015-11-03, or nothing). */
    static java.util.Optional<java.time.LocalDate> isoDate(String text) {
        try {
            return text == null || text.isBlank() ? java.util.Optional.empty()
                    : java.util.Optional.of(java.time.LocalDate.parse(text.strip()));
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    /** A file's SHA-256; a folder's (Dominion, Hart) is that of its regular files' names and bytes in name order. */
    private static String sha256(Path file) {
        if (Files.isDirectory(file)) {
            try (java.util.stream.Stream<Path> files = Files.list(file)) {
                StringBuilder all = new StringBuilder();
                for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                    all.append(f.getFileName()).append(' ').append(sha256(f)).append('\n');
                }
                return sha256(all.toString());
            } catch (IOException e) {
                throw new InputException(file.toString(), "", "cannot be read: " + e.getMessage(), e);
            }
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new InputException(file.getFileName().toString(), "", "cannot be read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
