package it.piazza.platforms.mastodon;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A status's HTML {@code content} as plain text: tags stripped, entities decoded, paragraphs and line breaks kept. */
final class StatusText {

    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern PARAGRAPH = Pattern.compile("(?i)</p>\\s*<p[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00a0");

    private StatusText() {
    }

    /** @return the text a person reads in the status */
    static String plain(String html) {
        String text = PARAGRAPH.matcher(html).replaceAll("\n\n");
        text = BREAK.matcher(text).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(entity(m.group(1), m.group())));
        }
        m.appendTail(out);
        return out.toString().strip();
    }

    private static String entity(String name, String whole) {
        if (name.startsWith("#")) {
            try {
                int code = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X')
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(code) ? Character.toString(code) : whole;
            } catch (NumberFormatException e) {
                return whole;
            }
        }
        return NAMED.getOrDefault(name, whole);
    }
}
