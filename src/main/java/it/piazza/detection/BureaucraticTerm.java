package it.piazza.detection;

/**
 * A bureaucratic word or phrase ("burocratese") found in a text, with its plain alternative.
 *
 * @param term the text as written
 * @param plain the plain alternative to suggest, e.g. "per" for "al fine di"
 * @param span where it is, in UTF-16 indices of the text
 */
public record BureaucraticTerm(String term, String plain, TextSpan span) {
}
