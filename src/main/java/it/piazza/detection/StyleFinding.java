package it.piazza.detection;

/**
 * One style issue of a text.
 *
 * @param issue what is wrong
 * @param span where, in UTF-16 indices of the text
 * @param text the covered text, as written
 */
public record StyleFinding(StyleIssue issue, TextSpan span, String text) {
}
