package it.piazza.testsupport;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Random words that tell one test's data apart from another's in a shared database.
 *
 * <p>They are made of consonants only, so that the detectors cannot read them as anything: a random hex
 * string such as {@code 02911389} is a valid Italian landline number, and a comment carrying it would
 * rightly gain a personal-data ground.
 */
public final class DistinctWords {

    private static final String CONSONANTS = "bcdfghlmnpqrstvz";

    private DistinctWords() {
    }

    /** @return eight random consonants, for example {@code "tzdmqhrb"} */
    public static String next() {
        StringBuilder word = new StringBuilder(8);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            word.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
        }
        return word.toString();
    }
}
