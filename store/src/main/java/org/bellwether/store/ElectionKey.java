package org.bellwether.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * An election's identity in the store: its date and its name, normalised (case, accents, punctuation and spacing
 * ignored) into a short key such as {@code 2017-04-18-april-18-2017-special-election}. Two imports whose names
 * differ only in those respects are versions of the same election.
 */
final class ElectionKey {

    static final int MAX_LENGTH = 64;

    private ElectionKey() {
    }

    static String of(String name, Optional<LocalDate> date) {
        String slug = slug(name);
        String key = date.map(LocalDate::toString).orElse("undated") + "-" + (slug.isEmpty() ? "unnamed" : slug);
        if (key.length() <= MAX_LENGTH) {
            return key;
        }
        // Cut long names, and keep them apart with a hash of the whole normalised key.
        return key.substring(0, MAX_LENGTH - 9).replaceAll("-+$", "") + "-" + hash(key);
    }

    private static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
