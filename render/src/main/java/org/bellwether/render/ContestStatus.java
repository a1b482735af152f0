package org.bellwether.render;

import java.util.Objects;

/**
 * Where a contest stands, as the API and the page say it.
 *
 * @param code  {@code no-results}, {@code leading}, {@code runoff-likely}, {@code tied}, {@code elected},
 *              {@code runoff}, {@code advance} or {@code certified}
 * @param words the status in words a reader understands, e.g. "Runoff between Karen Handel and Jon Ossoff"
 * @param why   why: the rule, the figures and what is still to be counted
 */
public record ContestStatus(String code, String words, String why) {

    public ContestStatus {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(why, "why");
    }
}
