package it.piazza.moderation;

/**
 * An interaction that cannot be accepted as it is (unknown ente or channel, text longer than the platform
 * allows). Nothing of it is stored.
 */
public class InteractionRejected extends RuntimeException {

    private final String field;

    /**
     * @param field the field at fault, as named in the API ({@code ente}, {@code channel}, {@code text})
     * @param message what is wrong and what is expected
     */
    public InteractionRejected(String field, String message) {
        super(message);
        this.field = field;
    }

    /** @return the field at fault */
    public String field() {
        return field;
    }
}
