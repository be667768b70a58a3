package it.piazza.detection.pii;

import it.piazza.detection.PersonalDataType;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Italian vehicle plates. The current format (since 1994: two letters, three digits, two letters, without
 * I, O, Q, U) is reported on its own, more surely with a vehicle context; the older provincial formats
 * ({@code MI 123456}, {@code ROMA A12345}) and lower-case spellings only after "targa" or a vehicle word.
 */
final class PlateRecognizer implements Recognizer {

    private static final String L = "[A-HJ-NPR-TV-Z]";
    private static final Pattern CURRENT = Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + L + "{2} ?\\d{3} ?" + L + "{2}(?![\\p{L}\\p{N}])");
    private static final Pattern ANNOUNCED = Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
            + "[A-Za-z]{2} ?\\d{3} ?[A-Za-z]{2}"
            + "|(?:[A-Z]{2}|ROMA|Roma) ?(?:\\d{6}|[A-Z]\\d{5}|\\d[A-Z]\\d{4}|\\d{5}[A-Z])"
            + "|[A-Z]{2} ?\\d{5})(?![\\p{L}\\p{N}])");
    private static final Pattern VEHICLE = Pattern.compile("\\b(?:targa|targhe|targat[oa]|auto|automobile|macchina"
            + "|veicolo|vettura|moto|motorino|scooter|furgone|camion|parcheggiat[oa]|parcheggio|sosta|passo carrabile"
            + "|carro attrezzi|rimozione)\\b");
    private static final Set<String> VEHICLE_WORDS = Set.of("targa", "targhe", "targato", "targata", "auto",
            "automobile", "macchina", "veicolo", "vettura", "moto", "motorino", "scooter", "furgone", "camion",
            "parcheggiato", "parcheggiata", "parcheggio", "sosta", "carrabile", "attrezzi", "rimozione");
    private static final int WINDOW = 40;

    @Override
    public void recognize(Text text, List<Candidate> out) {
        if (text.digits() < 3) {
            return;
        }
        Matcher m = CURRENT.matcher(text.normalised());
        while (m.find()) {
            Text.Hit vehicle = text.phraseBefore(VEHICLE, m.start(), WINDOW);
            out.add(vehicle != null
                    ? Candidate.of(PersonalDataType.PLATE, m.start(), m.end(), 0.95,
                            "plate, context: " + vehicle.phrase())
                    : Candidate.of(PersonalDataType.PLATE, m.start(), m.end(), 0.75, "shape of an Italian plate"));
        }
        if (!text.hasAnyWord(VEHICLE_WORDS)) {
            return;
        }
        Matcher announced = ANNOUNCED.matcher(text.normalised());
        while (announced.find()) {
            Text.Hit vehicle = text.phraseBefore(VEHICLE, announced.start(), WINDOW);
            if (vehicle != null) {
                out.add(Candidate.of(PersonalDataType.PLATE, announced.start(), announced.end(), 0.9,
                        "plate, context: " + vehicle.phrase()));
            }
        }
    }
}
