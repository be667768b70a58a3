package it.piazza.moderation;

import it.piazza.detection.CommentAnalyzer;
import it.piazza.policy.Policy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The text analysis the engine uses, built once at start. */
@Configuration
class DetectionConfiguration {

    /**
     * The two analyzers: with the trained classifier, and rules only for entes that disable it.
     *
     * @param standard rules, personal data and the classifier (when its model loads)
     * @param rulesOnly rules and personal data
     */
    record Analyzers(CommentAnalyzer standard, CommentAnalyzer rulesOnly) {

        /** @return the analyzer the ente's policy asks for */
        CommentAnalyzer of(Policy policy) {
            return policy.moderation().classifier() ? standard : rulesOnly;
        }
    }

    @Bean
    Analyzers analyzers() {
        return new Analyzers(CommentAnalyzer.standard(), CommentAnalyzer.rulesOnly());
    }
}
