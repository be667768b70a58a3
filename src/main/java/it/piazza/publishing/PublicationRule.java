package it.piazza.publishing;

import it.piazza.detection.Phrases;
import it.piazza.policy.ContentLicence;
import it.piazza.policy.Policy;
import it.piazza.policy.PublishingCheck;
import java.util.List;
import java.util.Optional;

/**
 * The post as a publication of the ente.
 *
 * <ul>
 *   <li>{@code LEGAL_PUBLICITY} (L. 150/2000 art. 1 c. 3; rule R-ED-2), for every ente: a post about an act must
 *       link the official publication (a page of the ente's website or of a {@code .gov.it} site, such as the
 *       albo pretorio or Amministrazione trasparente); where the policy adopts the check (Roma) a missing link
 *       blocks and the post must also say it has no value of legal publicity, elsewhere a missing link warns.</li>
 *   <li>{@code LICENSE_NOTICE}, only where the policy adopts it and states a licence (Monza, MIT): a draft with
 *       images is reminded that the ente's content is reused under that licence, so material of third parties
 *       needs their permission and credit.</li>
 * </ul>
 */
final class PublicationRule implements DraftRule {

    private static final Phrases NO_LEGAL_VALUE = Phrases.of(List.of("pubblicità legale", "valore legale",
            "valenza legale", "valore di pubblicità", "validità di pubblicità", "efficacia legale"));

    @Override
    public void check(DraftContext context, List<CheckFinding> out) {
        Draft draft = context.draft();
        Grounds grounds = context.grounds();
        if (draft.kind() == DraftKind.ACT) {
            if (!linksOfficialPublication(draft.text(), grounds.policy())) {
                out.add(grounds.finding(PublishingCheck.LEGAL_PUBLICITY,
                        grounds.severity(PublishingCheck.LEGAL_PUBLICITY, Severity.BLOCK, Severity.WARN),
                        "publishing.legalPublicity.link", grounds.policy().ente().website().toString()));
            }
            if (grounds.adopts(PublishingCheck.LEGAL_PUBLICITY) && NO_LEGAL_VALUE.find(draft.text()).isEmpty()) {
                out.add(grounds.finding(PublishingCheck.LEGAL_PUBLICITY, Severity.WARN,
                        "publishing.legalPublicity.statement"));
            }
        }
        ContentLicence licence = grounds.policy().contentLicence();
        if (licence != null && grounds.adopts(PublishingCheck.LICENSE_NOTICE) && !draft.images().isEmpty()) {
            out.add(grounds.finding(PublishingCheck.LICENSE_NOTICE, Severity.INFO, "publishing.licence",
                    terms(licence, grounds)));
        }
    }

    private static String terms(ContentLicence licence, Grounds grounds) {
        if (!licence.code().equals("CUSTOM")) {
            return grounds.label("publishing.licence.code", licence.code());
        }
        return grounds.label(licence.commercialUse() ? "publishing.licence.attribution" : "publishing.licence.nonCommercial");
    }

    private static boolean linksOfficialPublication(String text, Policy policy) {
        Optional<String> ente = Links.host(policy.ente().website().toString());
        return Links.of(text).stream().map(Links::host).flatMap(Optional::stream).anyMatch(host ->
                host.endsWith(".gov.it") || ente.filter(e -> host.equals(e) || host.endsWith("." + e)).isPresent());
    }
}
