package org.bellwether.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The token that allows writes. Only its SHA-256 is kept (given as 64 hex digits: {@code printf %s "$TOKEN" |
 * sha256sum}); a request's bearer token is hashed and compared in constant time ({@link MessageDigest#isEqual}),
 * and neither is ever logged or echoed.
 */
public final class WriteToken {

    private final Optional<byte[]> sha256;

    private WriteToken(Optional<byte[]> sha256) {
        this.sha256 = sha256;
    }

    static WriteToken none() {
        return new WriteToken(Optional.empty());
    }

    /** From the hex SHA-256 of the token; anything but 64 hex digits is refused without being echoed. */
    static WriteToken ofSha256(String hex) {
        String h = hex.strip().toLowerCase(Locale.ROOT);
        if (!h.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("the write token's hash must be 64 hex digits (its SHA-256)");
        }
        return new WriteToken(Optional.of(HexFormat.of().parseHex(h)));
    }

    boolean configured() {
        return sha256.isPresent();
    }

    /** Whether an {@code Authorization} header carries the token as {@code Bearer TOKEN}. */
    boolean admits(String authorization) {
        if (sha256.isEmpty() || authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(sha256.get(), hash(authorization.substring("Bearer ".length()).strip()));
    }

    /** Refuses a write: 403 when no token is configured, 401 (asking for a bearer token) when it is not given. */
    void require(io.javalin.http.Context ctx) {
        if (!configured()) {
            throw new ApiProblem(403, "writes are disabled: the server was started without a write token");
        }
        if (!admits(ctx.header("Authorization"))) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiProblem(401, "a write needs the token: Authorization: Bearer TOKEN");
        }
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
