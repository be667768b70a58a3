package it.piazza.detection;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a child named together with an age under 18, as an ente's own post would write it: "Giulia, 9 anni",
 * "Marco Bianchi (12 anni)", "Luca Verdi di 10 anni". {@link PersonalDataDetector} finds minors tied to someone
 * ("mia figlia di 9 anni"), as comments speak of them; a post names them in the third person. "Roma, 12 anni
 * fa" is a time, not an age. Pure function of the text.
 */
public final class MinorMentions {

    private static final int ADULT = 18;
    private static final String NAME = "\\p{Lu}\\p{Ll}+";
    private static final Pattern AGED = Pattern.compile("(?<![\\p{L}\\d])" + NAME + "(?: " + NAME + ")?"
            + "(?:, | \\()(?<age>\\d{1,2}) anni\\b(?! fa\\b| dopo\\b| prima\\b)"
            + "|(?<![\\p{L}\\d])" + NAME + " " + NAME + " di (?<age2>\\d{1,2}) anni\\b(?! fa\\b| dopo\\b| prima\\b)");

    private MinorMentions() {
    }

    /** @return the spans from the name to the age, in UTF-16 indices of {@code text}, in order */
    public static List<TextSpan> find(String text) {
        List<TextSpan> spans = new ArrayList<>();
        Matcher m = AGED.matcher(text);
        while (m.find()) {
            String age = m.group("age") != null ? m.group("age") : m.group("age2");
            if (Integer.parseInt(age) < ADULT) {
                spans.add(new TextSpan(m.start(), m.end()));
            }
        }
        return spans;
    }
}
