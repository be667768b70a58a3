package it.piazza.moderation;

import it.piazza.detection.AbuseClassifier;
import it.piazza.detection.CommentAnalyzer;
import it.piazza.policy.Policy;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The text analysis the engine uses, built once at start: with the bundled classifier, rules only for entes
 * whose policy disables it, or with an ente's own model ({@code piazza.classifier.model.<ente>=FILE}, trained
 * with {@code model export} and {@code model train} on its moderators' decisions).
 */
@Configuration
class DetectionConfiguration {

    /** The analyzers, by what each ente's policy and configuration ask for. */
    static final class Analyzers {
        private final CommentAnalyzer standard;
        private final CommentAnalyzer rulesOnly;
        private final Environment environment;
        private final Map<String, CommentAnalyzer> ownModels = new ConcurrentHashMap<>();

        Analyzers(CommentAnalyzer standard, CommentAnalyzer rulesOnly, Environment environment) {
            this.standard = standard;
            this.rulesOnly = rulesOnly;
            this.environment = environment;
        }

        /** @return the analyzer the ente's policy and configuration ask for */
        CommentAnalyzer of(Policy policy) {
            if (!policy.moderation().classifier()) {
                return rulesOnly;
            }
            String model = environment.getProperty("piazza.classifier.model." + policy.id());
            if (model == null) {
                return standard;
            }
            return ownModels.computeIfAbsent(model, file -> AbuseClassifier.tryLoad(Path.of(file))
                    .map(CommentAnalyzer::withClassifier).orElse(rulesOnly));
        }
    }

    @Bean
    Analyzers analyzers(Environment environment) {
        return new Analyzers(CommentAnalyzer.standard(), CommentAnalyzer.rulesOnly(), environment);
    }
}
