package org.diplokg.eval;

/** An evaluation that cannot go on: an article that cannot be read, a gold file without its article. */
public class EvaluationException extends RuntimeException {
    public EvaluationException(String message) {
        super(message);
    }
}
