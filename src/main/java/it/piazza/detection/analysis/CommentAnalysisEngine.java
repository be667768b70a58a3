package it.piazza.detection.analysis;

import it.piazza.detection.Analysis;
import it.piazza.detection.AnalysisSettings;
import it.piazza.detection.CommentToAnalyze;
import it.piazza.detection.Detector;
import it.piazza.detection.Finding;
import java.util.List;

/**
 * The built-in detectors of every category and intent, with their lexicons and rules loaded once from the
 * classpath. Immutable and thread-safe; one instance serves the whole application.
 */
public final class CommentAnalysisEngine {

    private static final String BASE = "/it/piazza/detection/analysis/";

    private final List<TextDetector> detectors;
    private final PhraseRules rules;

    private CommentAnalysisEngine(Lexicon lexicon, PhraseRules rules, TopicVocabulary vocabulary) {
        this.rules = rules;
        this.detectors = List.of(new LexiconDetector(lexicon), new RuleDetector(), new SpamDetector(),
                new AdvertisingDetector(), new PropagandaDetector(), new OffTopicDetector(vocabulary),
                new IntentDetector());
    }

    /**
     * Loads the lexicons, the phrase rules and the topic vocabularies.
     *
     * @throws IllegalStateException when a resource is missing or malformed
     */
    public static CommentAnalysisEngine load() {
        Lexicon lexicon = Lexicon.load(BASE + "lexicon/insults.txt", BASE + "lexicon/slurs.txt",
                BASE + "lexicon/ldnoobw-it.txt", BASE + "lexicon/profanity-obfuscation-it.txt");
        PhraseRules rules = PhraseRules.load(BASE + "rules/common.txt", BASE + "rules/insult.txt",
                BASE + "rules/threat.txt", BASE + "rules/discrimination.txt", BASE + "rules/defamation.txt",
                BASE + "rules/illegal.txt", BASE + "rules/ip.txt", BASE + "rules/obscene.txt",
                BASE + "rules/private.txt", BASE + "rules/legal.txt", BASE + "rules/advertising.txt",
                BASE + "rules/propaganda.txt", BASE + "rules/spam.txt", BASE + "rules/offtopic.txt",
                BASE + "rules/intents.txt");
        return new CommentAnalysisEngine(lexicon, rules, TopicVocabulary.load(BASE + "topics.txt"));
    }

    /**
     * Runs the built-in detectors, then {@code extra}, and merges their findings category by category.
     */
    public Analysis analyze(CommentToAnalyze comment, AnalysisSettings settings, List<Detector> extra) {
        List<Token> tokens = Tokenizer.tokenize(comment.text());
        CommentText text = new CommentText(comment.text(), tokens, rules.match(tokens));
        Findings findings = new Findings();
        for (TextDetector d : detectors) {
            d.detect(text, comment, settings, findings);
        }
        for (Detector d : extra) {
            for (Finding f : d.detect(comment, settings)) {
                findings.add(f);
            }
        }
        return findings.toAnalysis();
    }
}
