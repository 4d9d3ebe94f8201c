package fr.portailfamille.domain.households;

import java.time.Instant;
import java.util.Objects;

/** One answer, yes or no, to one version of a consent question, for one child: dated, with who answered. */
public record ConsentAnswer(long childId, String questionCode, int version, boolean granted, Instant answeredAt, long answeredBy) {

    public ConsentAnswer {
        if (childId <= 0) throw new IllegalArgumentException("an answer belongs to a stored child");
        Objects.requireNonNull(questionCode, "questionCode");
        if (version <= 0) throw new IllegalArgumentException("versions start at 1");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }

    public boolean answers(ConsentQuestion question) {
        return question.code().equals(questionCode) && question.version() == version;
    }
}
