package it.piazza.moderation;

import it.piazza.detection.Category;
import it.piazza.detection.TextSpan;

/**
 * A span of the comment that supports a ground.
 *
 * @param category the category it supports
 * @param span where, in UTF-16 indices of the comment text
 * @param text the covered text
 */
public record Evidence(Category category, TextSpan span, String text) {
}
