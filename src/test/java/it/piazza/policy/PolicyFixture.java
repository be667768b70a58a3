package it.piazza.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

/** A small valid policy file, and the helpers tests use to break it and find where the problem is reported. */
final class PolicyFixture {

    static final String SOURCE = "prova.yaml";

    static final String VALID = """
            format: 1
            id: comune-prova
            revision: "2026-01-01"
            ente:
              name: Comune di Prova
              kind: COMUNE
              seat: Prova
              website: https://www.comune.prova.it
            purposes:
              - "Informare i cittadini."
            channels:
              - id: facebook
                platform: FACEBOOK
                handle: "@comuneprova"
                url: https://www.facebook.com/comuneprova
                status: ACTIVE
            staffed_hours:
              weekly:
                - days: [MON, TUE, WED, THU, FRI]
                  from: "09:00"
                  to: "13:00"
            moderation:
              mode: A_POSTERIORI
              categories:
                INSULT:
                  action: REMOVE
                  clause: "Non sono tollerati insulti."
            sanctions:
              warning_before_ban: true
            contacts:
              - kind: URP
                label: Ufficio relazioni con il pubblico
                email: urp@comune.prova.it
            private_messages:
              assistance: OFFICIAL_CHANNELS_ONLY
              complaints: OFFICIAL_CHANNELS_ONLY
              complaint_contacts: [URP]
            """;

    private PolicyFixture() {
    }

    /** @return the problems of {@code yaml}, which must not load */
    static List<PolicyProblem> problems(String yaml) {
        InvalidPolicyException e = catchThrowableOfType(InvalidPolicyException.class, () -> PolicyReader.read(SOURCE, yaml));
        assertThat(e).as("the policy should not load").isNotNull();
        return e.problems();
    }

    /** @return the number (from 1) of the first line of {@code yaml} containing {@code needle} */
    static int lineOf(String yaml, String needle) {
        int index = yaml.indexOf(needle);
        assertThat(index).as("fixture contains %s", needle).isNotNegative();
        return (int) yaml.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
    }

    /** @return {@code base} with {@code target}, which it must contain, replaced */
    static String replace(String base, String target, String replacement) {
        assertThat(base).contains(target);
        return base.replace(target, replacement);
    }
}
