package org.bellwether.server.watch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.bellwether.formats.InputException;
import org.bellwether.formats.UsStates;
import org.bellwether.formats.clarity.ClaritySummary;

/**
 * A Clarity (Scytl) election-night site, by its published layout: {@code current_ver.txt} at the site's root
 * names the current version, and the version's immutable folder holds {@code reports/detailxml.zip} and
 * {@code json/en/summary.json} (its contests' totals, read first: see {@link #fetch}). A county
 * site is a site of its own, with its own version pointer. The pointer is asked for conditionally (its ETag); a
 * version lower than one already seen is a feed going backwards, reported and ignored.
 */
public final class ClaritySite implements Feed {

    /** A version pointer is a number: anything longer than this is not one. */
    static final int MAX_POINTER_BYTES = 32;
    /** Real detailxml.zip files are a few MiB; a statewide precinct file tens. */
    static final long MAX_ZIP_BYTES = 512L << 20;

    private final URI root;
    private final FeedHttp http;
    private final Path cache;
    private long seen = -1;
    private Optional<String> etag = Optional.empty();
    private Optional<String> pendingEtag = Optional.empty();

    ClaritySite(URI root, FeedHttp http, Path cache) {
        String s = Objects.requireNonNull(root, "site").toString();
        this.root = URI.create(s.endsWith("/") ? s : s + "/");
        this.http = Objects.requireNonNull(http, "http");
        this.cache = Objects.requireNonNull(cache, "cache folder");
    }

    @Override
    public String describe() {
        return root.toString();
    }

    /**
     * The highest version of this site among {@code stored} sources (paths as the watcher records them, the zip's
     * URL), so that a restarted watcher still knows a lower pointer for the feed going backwards.
     */
    void resume(Iterable<String> stored) {
        String prefix = root.toString();
        for (String path : stored) {
            if (path.startsWith(prefix) && path.endsWith("/reports/detailxml.zip")) {
                String n = path.substring(prefix.length(), path.length() - "/reports/detailxml.zip".length());
                if (n.matches("[0-9]{1,18}")) {
                    seen = Math.max(seen, Long.parseLong(n));
                }
            }
        }
    }

    /**
     * The state of the site's address: Clarity publishes every site under its state's postal code
     * ({@code results.enr.clarityelections.com/GA/63991/} for Georgia, {@code /GA/Cobb/63991/} for a county of
     * it). The first path segment that is a postal code is the state; none, none.
     */
    @Override
    public Optional<String> state() {
        for (String segment : root.getPath().split("/")) {
            if (segment.matches("[A-Z]{2}") && UsStates.byCode(segment).isPresent()) {
                return Optional.of(segment);
            }
        }
        return Optional.empty();
    }

    @Override
    public FeedPoll poll() {
        FeedHttp.Response pointer;
        try {
            pointer = http.get(root.resolve("current_ver.txt"), seen < 0 ? Optional.empty() : etag,
                    MAX_POINTER_BYTES);
        } catch (FeedFetchException e) {
            return new FeedPoll.Skipped("cannot fetch the version pointer: " + e.getMessage());
        }
        if (pointer.notModified()) {
            return new FeedPoll.Same();
        }
        String text = new String(pointer.body(), StandardCharsets.US_ASCII).strip();
        if (!text.matches("[0-9]{1,18}")) {
            return new FeedPoll.Skipped(root.resolve("current_ver.txt") + " does not hold a version number: '"
                    + text.replaceAll("[^ -~]", "?") + "'");
        }
        long version = Long.parseLong(text);
        if (version == seen) {
            etag = pointer.etag();
            return new FeedPoll.Same();
        }
        if (version < seen) {
            return new FeedPoll.Skipped("the feed went backwards: current_ver.txt names version " + version
                    + ", lower than version " + seen + " already seen; ignored");
        }
        return fetch(version, pointer.etag());
    }

    /**
     * Fetches the version's {@code json/en/summary.json} (when the site publishes one), then its zip. A summary that
     * does not read refuses the version before the zip is downloaded; while the zip is not published yet the
     * summary's contest figures are logged and the version is tried again next round; a zip whose totals differ
     * from its own summary's is a version half published (the CDN has one file's new copy, not the other's), refused
     * until the pointer moves on.
     */
    private FeedPoll fetch(long version, Optional<String> pointerEtag) {
        URI zip = root.resolve(version + "/reports/detailxml.zip");
        Optional<ClaritySummary> summary;
        try {
            summary = summary(version);
        } catch (FeedFetchException | InputException e) {
            return new FeedPoll.Skipped("version " + version + ": refused: " + e.getMessage()
                    + "; the previous version stays live");
        }
        FeedHttp.Response r;
        try {
            r = http.get(zip, Optional.empty(), MAX_ZIP_BYTES);
        } catch (FeedFetchException e) {
            return new FeedPoll.Skipped("version " + version + ": " + (e.unpublished() && summary.isPresent()
                    ? "reports/detailxml.zip is not published yet; its summary.json says " + SummaryCheck.words(
                            summary.get()) : e.getMessage()));
        }
        Path file = store(version, r.body());
        Optional<String> disagreement = summary.flatMap(s -> SummaryCheck.against(file, s));
        if (disagreement.isPresent()) {
            return new FeedPoll.Skipped("version " + version + ": refused: " + disagreement.get()
                    + "; the previous version stays live");
        }
        pendingEtag = pointerEtag;
        return new FeedPoll.Fresh("version " + version, Long.toString(version), List.of(new FeedFile(file,
                zip.toString())));
    }

    /** The version's summary, or empty when the site publishes none (older sites, or not for this version). */
    private Optional<ClaritySummary> summary(long version) {
        URI uri = root.resolve(version + "/json/en/summary.json");
        try {
            return Optional.of(ClaritySummary.parse(http.get(uri, Optional.empty(), ClaritySummary.MAX_BYTES).body(),
                    uri.toString()));
        } catch (FeedFetchException e) {
            if (e.unpublished()) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Written whole, then moved into place, so a file in the cache is never half a download. */
    private Path store(long version, byte[] body) {
        try {
            Path dir = cache.resolve(slug()).resolve(Long.toString(version));
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, "detailxml", ".part");
            Files.write(tmp, body);
            return Files.move(tmp, dir.resolve("detailxml.zip"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the feed cache in " + cache + ": " + e.getMessage(), e);
        }
    }

    private String slug() {
        return (root.getHost() + "-" + root.getPort() + root.getPath()).replaceAll("[^A-Za-z0-9.-]+", "_");
    }

    @Override
    public void accept(FeedPoll.Fresh fresh) {
        settle(fresh);
    }

    @Override
    public void refuse(FeedPoll.Fresh fresh) {
        settle(fresh);
    }

    private void settle(FeedPoll.Fresh fresh) {
        seen = Long.parseLong(fresh.marker());
        etag = pendingEtag;
    }
}
