package it.piazza.policy;

/**
 * One thing wrong in a policy file, said so that a person who is not a programmer can fix it.
 *
 * @param source the file name or preset id
 * @param line line number, from 1 (0 when unknown)
 * @param column column number, from 1 (0 when unknown)
 * @param path the field, e.g. {@code moderation.categories.INSULT.action}
 * @param message what is wrong and what is expected
 */
public record PolicyProblem(String source, int line, int column, String path, String message) {

    /** @return {@code file:line:column: path: message} */
    @Override
    public String toString() {
        return source + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
