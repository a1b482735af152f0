package org.bellwether.render;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a newsroom has declared about a contest beside its count, as the API and the page show it: a standing
 * manual call and a standing certification, each with what the count says against it. A declaration never
 * changes the count's own status or winner flags; where the two disagree both are shown.
 *
 * @param through       the newest declaration of the election taken into account (0: none yet)
 * @param call          the standing manual call, if any
 * @param certification the standing certification, if any
 */
public record ContestDeclarations(long through, Optional<Call> call, Optional<Certification> certification) {

    /** Nothing declared. */
    public static final ContestDeclarations NONE = new ContestDeclarations(0, Optional.empty(), Optional.empty());

    public ContestDeclarations {
        Objects.requireNonNull(call, "call");
        Objects.requireNonNull(certification, "certification");
    }

    /**
     * A manual race call.
     *
     * @param id           the declaration's id
     * @param choice       the choice called
     * @param by           who called it
     * @param reason       why
     * @param at           when
     * @param when         when, as the page says it
     * @param disagreement what the count says against the call, in words, when it does
     */
    public record Call(long id, String choice, String by, String reason, Instant at, String when,
            Optional<String> disagreement) {
        public Call {
            Objects.requireNonNull(choice, "choice");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(disagreement, "disagreement");
        }
    }

    /**
     * A declared certification.
     *
     * @param id     the declaration's id
     * @param by     who declared it
     * @param reason why (usually the authority and the date)
     * @param at     when
     * @param when   when, as the page says it
     * @param caveat what the count here says against it (a count still partial), when it does
     */
    public record Certification(long id, String by, String reason, Instant at, String when, Optional<String> caveat) {
        public Certification {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(when, "when");
            Objects.requireNonNull(caveat, "caveat");
        }
    }
}
