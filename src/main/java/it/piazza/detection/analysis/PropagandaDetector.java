package it.piazza.detection.analysis;

import it.piazza.detection.AnalysisSettings;
import it.piazza.detection.Category;
import it.piazza.detection.CommentToAnalyze;
import it.piazza.detection.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Political propaganda: calls to vote, electoral hashtags, and candidates or lists of the current election
 * (from the settings) named together with an endorsement. A political opinion or a criticism of a party
 * is not propaganda, and neither is a question about how or where to vote.
 */
final class PropagandaDetector implements TextDetector {

    private static final double HASHTAG = 0.85;
    private static final double ENDORSED = 0.85;
    private static final double MENTION = 0.3;

    @Override
    public void detect(CommentText text, CommentToAnalyze comment, AnalysisSettings settings, Findings out) {
        boolean logistics = !text.matches("cue:votelogistics").isEmpty();
        boolean endorsement = !text.matches("cue:endorse").isEmpty() || !text.matches("POLITICAL_PROPAGANDA").isEmpty();
        for (PhraseRules.Match m : text.matches("POLITICAL_PROPAGANDA")) {
            if (!logistics) {
                out.add(Category.POLITICAL_PROPAGANDA, m.rule().score(), List.of(text.span(m.from(), m.to())),
                        "rule: " + m.rule().reason() + " '" + text.quote(m.from(), m.to()) + "'");
            }
        }
        for (Token t : text.tokens) {
            if (t.kind == Token.Kind.HASHTAG && settings.electoralHashtags().contains(t.norm.substring(1))) {
                out.add(Category.POLITICAL_PROPAGANDA, HASHTAG, List.of(t.span()), "electoral hashtag " + t.norm);
            }
        }
        names(text, settings.candidates(), "candidate", endorsement, out);
        names(text, settings.parties(), "list or party", endorsement, out);
    }

    private static void names(CommentText text, Set<String> names, String what, boolean endorsement, Findings out) {
        for (String name : names) {
            List<TextSpan> spans = occurrences(text, name.split("\\s+"));
            if (!spans.isEmpty()) {
                out.add(Category.POLITICAL_PROPAGANDA, endorsement ? ENDORSED : MENTION, spans,
                        what + " '" + name + "'" + (endorsement ? " with an endorsement or a call to vote" : " mentioned"));
            }
        }
    }

    private static List<TextSpan> occurrences(CommentText text, String[] words) {
        List<TextSpan> spans = new ArrayList<>(1);
        List<Token> tokens = text.tokens;
        for (int i = 0; i + words.length <= tokens.size(); i++) {
            boolean all = true;
            for (int k = 0; k < words.length && all; k++) {
                all = tokens.get(i + k).norm.equals(words[k]);
            }
            if (all) {
                spans.add(text.span(i, i + words.length));
            }
        }
        return spans;
    }
}
