package it.piazza.testsupport;

import it.piazza.policy.Presets;

/** Policies for tests, derived from the presets. */
public final class TestPolicies {

    private TestPolicies() {
    }

    /**
     * @return Roma Capitale's policy as a test ente {@code comune-di-prova}, with the thresholds given, so
     *         that a test decides which findings Piazza acts on alone and which go to a person
     */
    public static String testEnte(double autoThreshold, double reviewThreshold) {
        return Presets.yaml("roma-capitale")
                .replace("id: roma-capitale", "id: comune-di-prova")
                .replace("  name: Roma Capitale", "  name: Comune di Prova")
                .replace("auto_threshold: 0.85", "auto_threshold: " + autoThreshold)
                .replace("review_threshold: 0.5", "review_threshold: " + reviewThreshold);
    }

    /**
     * @return the policy with one more active channel at the head of its channels (the presets have no
     *         Telegram channel, for instance)
     */
    public static String withChannel(String yaml, String id, String platform, String handle, String url) {
        return yaml.replaceFirst("(?m)^channels:\n", "channels:\n  - id: " + id + "\n    platform: " + platform
                + "\n    handle: \"" + handle + "\"\n    url: " + url + "\n    purpose: Canale di prova\n"
                + "    status: ACTIVE\n");
    }
}
