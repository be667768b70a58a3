package it.piazza.publishing;

import it.piazza.detection.Phrases;
import it.piazza.policy.ElectoralPeriod;
import it.piazza.policy.PublishingCheck;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Par condicio (L. 28/2000 art. 9; rules R-PC-1/2): from the convocation of an election to the close of voting a
 * public administration may only publish communication that is impersonal and indispensable. Applies to every
 * ente, whatever its policy says. Inside a period, event, news and campaign posts are blocked; service notices,
 * emergencies and acts are blocked when they name an organ (sindaco, assessore, …) or read as promotion
 * (inaugurations, "obiettivo raggiunto", end of mandate), and otherwise warned that the editor must be sure
 * they are indispensable and record why.
 */
final class ParCondicioRule implements DraftRule {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ITALIAN);
    private static final Phrases NOT_IMPERSONAL = Phrases.of(List.of("sindaco", "sindaca", "vicesindaco",
            "vicesindaca", "primo cittadino", "prima cittadina", "assessore", "assessora", "assessori", "giunta",
            "presidente della provincia", "presidente della regione", "vicepresidente", "ministro", "ministra",
            "viceministro", "viceministra", "sottosegretario", "sottosegretaria", "consigliere", "consigliera",
            "consiglieri", "inaugur*", "taglio del nastro", "fine mandato", "abbiamo realizzato", "abbiamo mantenuto",
            "promessa mantenuta", "obiettivo raggiunto", "grazie all impegno", "conclusi i lavori", "lavori conclusi",
            "sono terminati i lavori", "vi aspettiamo", "è realtà", "ha dichiarato", "dichiara il", "dichiara la"));
    /**
     * A title named as what is elected or who signs an act, not as a person speaking: "elezione del sindaco",
     * "ordinanza del sindaco", "candidato sindaco" are voting logistics and legal acts, which par condicio allows.
     */
    private static final Pattern OFFICE_NOT_PERSON = Pattern.compile(
            "(?iu)\\b(?:elezion[ei]|ordinanz[ae]|decret[oi]|candidat[oaie]|candidature|liste?)\\b(?:\\s+(?:del|della|dello|dei|delle|di|a|al|alla|per|per il|per la))?\\s*$");
    private static final Pattern HASHTAG = Pattern.compile("#[\\p{L}\\p{N}_]+");
    /** Where a hashtag changes case: {@code #IlSindacoInforma} is read as "Il Sindaco Informa". */
    private static final Pattern CAMEL = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

    @Override
    public void check(DraftContext context, List<CheckFinding> out) {
        Optional<ElectoralPeriod> period = context.periods().stream().filter(p -> p.contains(context.day())).findFirst();
        if (period.isEmpty()) {
            return;
        }
        ElectoralPeriod p = period.get();
        Draft draft = context.draft();
        Grounds grounds = context.grounds();
        String from = DAY.format(p.from());
        String to = DAY.format(p.to());
        if (!draft.kind().allowedDuringParCondicio()) {
            out.add(grounds.finding(PublishingCheck.PAR_CONDICIO, Severity.BLOCK, "publishing.parCondicio.kind",
                    from, to, p.name(), grounds.label("draftKind." + draft.kind())));
            return;
        }
        String text = HASHTAG.matcher(draft.publishedText())
                .replaceAll(tag -> Matcher.quoteReplacement(CAMEL.matcher(tag.group()).replaceAll(" ")));
        List<String> personal = NOT_IMPERSONAL.find(text).stream()
                .filter(m -> !OFFICE_NOT_PERSON.matcher(text.substring(Math.max(0, m.span().start() - 30), m.span().start())).find())
                .map(m -> m.span().of(text)).toList();
        if (personal.isEmpty()) {
            out.add(grounds.finding(PublishingCheck.PAR_CONDICIO, Severity.WARN, "publishing.parCondicio.declare",
                    from, to, p.name()));
        } else {
            out.add(grounds.finding(PublishingCheck.PAR_CONDICIO, Severity.BLOCK, "publishing.parCondicio.personal",
                    from, to, p.name(), Grounds.quoted(personal)));
        }
    }
}
