package it.piazza.testsupport;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Random words that tell one test's data apart from another's in a shared database.
 *
 * <p>They must not change what the detectors find in the text they are appended to. A random hex string
 * such as {@code 02911389} is a valid Italian landline number, so the words are made of consonants only; and
 * a word starting with {@code tg} reads as a newscast ("tg", a press enquiry), so none starts with {@code t}.
 * {@code DistinctWordsTests} checks this against the detectors.
 */
public final class DistinctWords {

    private static final String CONSONANTS = "bcdfghlmnpqrstvz";
    private static final String FIRST = CONSONANTS.replace("t", "");

    private DistinctWords() {
    }

    /** @return eight random consonants, for example {@code "zdmqhrbt"} */
    public static String next() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder word = new StringBuilder(8).append(FIRST.charAt(random.nextInt(FIRST.length())));
        for (int i = 1; i < 8; i++) {
            word.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
        }
        return word.toString();
    }
}
