package it.piazza.detection;

/**
 * A bureaucratic word or phrase ("burocratese") found in a text, with its plain alternative.
 *
 * @param term the text as written
 * @param plain the plain alternative to suggest, e.g. "per" for "al fine di"; {@value #LEAVE_OUT} where plain
 *        text leaves the phrase out ("si comunica che")
 * @param span where it is, in UTF-16 indices of the text
 */
public record BureaucraticTerm(String term, String plain, TextSpan span) {

    /** The alternative of a phrase that plain text leaves out. */
    public static final String LEAVE_OUT = "-";

    /** @return whether plain text says nothing in its place */
    public boolean leftOut() {
        return plain.equals(LEAVE_OUT);
    }
}
