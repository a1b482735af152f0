package org.bellwether.server.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A folder of results files in any format the project reads, as one election: files appear, are replaced and are
 * written in place. A snapshot is read only once its listing (names, sizes, modification times) has stayed the
 * same for one poll, or every file in it was last written more than {@link #SETTLED} ago, so a file still being
 * written is left alone; one that stays broken is refused once, and
 * offered again when it changes. Hidden files and partial downloads ({@code .part}, {@code .tmp}, {@code ~}) are
 * not results.
 */
public final class ResultsFolder implements Feed {

    /** Files untouched this long are not being written: a first look (or {@code watch --once}) may read them. */
    static final java.time.Duration SETTLED = java.time.Duration.ofSeconds(2);

    private final Path folder;
    private String lastListing = "";
    private String settled = "";

    ResultsFolder(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    @Override
    public String describe() {
        return folder.toString();
    }

    @Override
    public FeedPoll poll() {
        List<Path> files;
        String listing;
        boolean steady;
        try {
            files = files();
            listing = listing(files);
            steady = listing.equals(lastListing) || untouched(files);
        } catch (IOException e) {
            return new FeedPoll.Skipped("cannot list the folder: " + e.getMessage());
        }
        lastListing = listing;
        if (listing.equals(settled)) {
            return new FeedPoll.Same();
        }
        if (files.isEmpty()) {
            return new FeedPoll.Skipped("no results files in the folder yet");
        }
        if (!steady) {
            return new FeedPoll.Skipped("files changed since the last look; waiting until they stay the same");
        }
        List<String> names = files.stream().map(f -> f.getFileName().toString()).toList();
        return new FeedPoll.Fresh(String.join(", ", names), listing,
                files.stream().map(f -> new FeedFile(f, f.toString())).toList());
    }

    private static boolean untouched(List<Path> files) throws IOException {
        long before = System.currentTimeMillis() - SETTLED.toMillis();
        for (Path f : files) {
            if (Files.getLastModifiedTime(f).toMillis() > before) {
                return false;
            }
        }
        return true;
    }

    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(folder)) {
            listing.filter(Files::isRegularFile).filter(ResultsFolder::isResults).sorted().forEach(files::add);
        }
        return files;
    }

    private static boolean isResults(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return !name.startsWith(".") && !name.endsWith(".part") && !name.endsWith(".tmp") && !name.endsWith("~")
                && !name.endsWith(".partial") && !name.endsWith(".crdownload");
    }

    private static String listing(List<Path> files) throws IOException {
        StringBuilder b = new StringBuilder();
        for (Path f : files) {
            BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
            b.append(f.getFileName()).append('\t').append(a.size()).append('\t')
                    .append(a.lastModifiedTime().toMillis()).append('\n');
        }
        return b.toString();
    }

    @Override
    public void accept(FeedPoll.Fresh fresh) {
        settled = fresh.marker();
    }

    @Override
    public void refuse(FeedPoll.Fresh fresh) {
        settled = fresh.marker();
    }
}
