package it.piazza.platforms.sandbox;

import java.util.List;

/**
 * A recurring author of the generated activity: the same people come back, some to ask, some to offend again.
 *
 * @param name the display name
 * @param tones what they write, drawn with equal chance (repeated tones weigh more)
 */
record Citizen(String name, List<Tone> tones) {

    Citizen {
        tones = List.copyOf(tones);
    }
}
