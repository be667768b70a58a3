package it.piazza.moderation;

import it.piazza.detection.CommentAnalyzer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The text analysis the engine uses, built once at start. */
@Configuration
class DetectionConfiguration {

    @Bean
    CommentAnalyzer commentAnalyzer() {
        return CommentAnalyzer.standard();
    }
}
