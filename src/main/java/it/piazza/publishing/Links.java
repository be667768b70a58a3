package it.piazza.publishing;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The links of a post and their hosts. */
final class Links {

    private static final Pattern URL = Pattern.compile("(?i)(?<![\\p{L}\\d@])(?:https?://|www\\.)[^\\s\"»”<>]+");

    private Links() {
    }

    /** @return the links of {@code text}, without trailing punctuation */
    static List<String> of(String text) {
        List<String> links = new ArrayList<>();
        Matcher url = URL.matcher(text);
        while (url.find()) {
            links.add(url.group().replaceAll("[.,;:!?)\\]]+$", ""));
        }
        return links;
    }

    /** @return the host of {@code link}, lower case and without {@code www.}, or empty when it has none */
    static Optional<String> host(String link) {
        try {
            String host = URI.create(link.regionMatches(true, 0, "http", 0, 4) ? link : "https://" + link).getHost();
            return Optional.ofNullable(host).map(h -> h.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** @return {@code link} without scheme, {@code www.} and trailing slash, in lower case */
    static String bare(String link) {
        String s = link.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
