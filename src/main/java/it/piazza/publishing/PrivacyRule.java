package it.piazza.publishing;

import it.piazza.detection.MinorMentions;
import it.piazza.detection.PersonalDataDetector;
import it.piazza.detection.PersonalDataFinding;
import it.piazza.detection.PersonalDataType;
import it.piazza.detection.TextSpan;
import it.piazza.policy.PublishingCheck;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Personal data and image rights (rule R-ED-5; art. 2-ter and 2-septies of the Codice privacy).
 *
 * <p>{@code PERSONAL_DATA} applies to every ente: the text and the alternative texts are read by the same
 * {@link PersonalDataDetector} that moderates comments, with the ente's own contacts left alone, and by
 * {@link MinorMentions} for children named with their age in the third person. Data that may
 * never be disseminated (minors, health, identity documents, tax codes, bank accounts) block; other personal
 * data (names, addresses, phone numbers, e-mail addresses, plates, file numbers) warn that a recorded legal
 * basis is needed. In an emergency, a minor's details only warn: an appeal to find a missing child names them
 * to protect them.
 *
 * <p>{@code IMAGE_RIGHTS}: where the policy adopts it (Roma), every image needs the editor's attestation that
 * it shows no minors and no recognisable faces, or that releases are on file, and that it shows no shop signs,
 * billboards, trademarks or plates; elsewhere an image without the attestation that it shows no minors (or
 * that releases are on file) is a warning.
 */
final class PrivacyRule implements DraftRule {

    /** As for comments: weaker readings are not grounds. */
    private static final double MIN_CONFIDENCE = 0.7;
    private static final Set<PersonalDataType> NEVER_DISSEMINATED = EnumSet.of(PersonalDataType.MINOR_INFO,
            PersonalDataType.HEALTH_DATA, PersonalDataType.CODICE_FISCALE, PersonalDataType.IBAN,
            PersonalDataType.ID_CARD, PersonalDataType.PASSPORT, PersonalDataType.DRIVER_LICENSE, PersonalDataType.OTHER);

    private final PersonalDataDetector detector;

    PrivacyRule(PersonalDataDetector detector) {
        this.detector = detector;
    }

    @Override
    public void check(DraftContext context, List<CheckFinding> out) {
        personalData(context, out);
        imageRights(context, out);
    }

    private void personalData(DraftContext context, List<CheckFinding> out) {
        Draft draft = context.draft();
        String text = draft.publishedText();
        Map<PersonalDataType, List<String>> byType = detector.find(text).stream()
                .filter(f -> f.confidence() >= MIN_CONFIDENCE)
                .collect(Collectors.groupingBy(PersonalDataFinding::type, LinkedHashMap::new,
                        Collectors.mapping(PersonalDataFinding::value, Collectors.toList())));
        for (TextSpan minor : MinorMentions.find(text)) {
            byType.computeIfAbsent(PersonalDataType.MINOR_INFO, type -> new ArrayList<>()).add(minor.of(text));
        }
        Grounds grounds = context.grounds();
        byType.forEach((type, values) -> {
            // an emergency may name a missing child: the appeal protects the minor, and a person weighs it
            boolean never = NEVER_DISSEMINATED.contains(type)
                    && !(type == PersonalDataType.MINOR_INFO && draft.kind() == DraftKind.EMERGENCY);
            out.add(grounds.finding(PublishingCheck.PERSONAL_DATA, never ? Severity.BLOCK : Severity.WARN,
                    never ? "publishing.personalData.block" : "publishing.personalData.warn",
                    grounds.label("personalDataType." + type), Grounds.quoted(values)));
        });
    }

    private static void imageRights(DraftContext context, List<CheckFinding> out) {
        Grounds grounds = context.grounds();
        List<DraftImage> images = context.draft().images();
        boolean adopted = grounds.adopts(PublishingCheck.IMAGE_RIGHTS);
        for (int i = 0; i < images.size(); i++) {
            DraftImage image = images.get(i);
            boolean released = image.attests(ImageAttestation.RELEASES_OBTAINED);
            if (adopted) {
                if (!released && !(image.attests(ImageAttestation.NO_MINORS)
                        && image.attests(ImageAttestation.NO_RECOGNISABLE_FACES))) {
                    // minors without a release never; adult faces are to be avoided ("è opportuno evitare")
                    out.add(grounds.finding(PublishingCheck.IMAGE_RIGHTS,
                            image.attests(ImageAttestation.NO_MINORS) ? Severity.WARN : Severity.BLOCK,
                            "publishing.imageRights.people", i + 1));
                }
                if (!image.attests(ImageAttestation.NO_COMMERCIAL_SIGNS)) {
                    out.add(grounds.finding(PublishingCheck.IMAGE_RIGHTS, Severity.BLOCK,
                            "publishing.imageRights.signs", i + 1));
                }
            } else if (!released && !image.attests(ImageAttestation.NO_MINORS)) {
                out.add(grounds.finding(PublishingCheck.IMAGE_RIGHTS, Severity.WARN, "publishing.imageRights.minors",
                        i + 1));
            }
        }
    }
}
