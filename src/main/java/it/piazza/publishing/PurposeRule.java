package it.piazza.publishing;

import it.piazza.detection.Analysis;
import it.piazza.detection.AnalysisSettings;
import it.piazza.detection.Category;
import it.piazza.detection.CommentAnalyzer;
import it.piazza.detection.CommentToAnalyze;
import it.piazza.detection.Finding;
import it.piazza.policy.Channel;
import it.piazza.policy.PublishingCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the post is for (L. 150/2000; rule R-ACC-3).
 *
 * <ul>
 *   <li>{@code PARTISAN_POLITICAL} and {@code COMMERCIAL}, for every ente: the rule-based detectors that find
 *       propaganda and advertising in comments read the draft, from a score of {@value #MIN_SCORE}. Propaganda
 *       (a call to vote, a party's slogan) blocks everywhere: an institutional account never serves a party
 *       (L. 150/2000, art. 97 of the Constitution). Advertising blocks only where the policy forbids it (Roma),
 *       in news, events and campaigns, and on two signs at least; a service notice may name a price or where to
 *       buy a public service, and a single sign ("link in bio") is the ente's own habit, so those warn.</li>
 *   <li>{@code PERSONAL_ACCOUNT_SHARE}, only where the policy adopts it (Porto Sant'Elpidio): a link to a post
 *       or profile on a social platform that is not one of the ente's own channels, or a retweet, warns that
 *       the source must be an institutional account.</li>
 * </ul>
 */
final class PurposeRule implements DraftRule {

    /**
     * Higher than for comments ({@link Analysis#DEFAULT_THRESHOLD}): an ente's own post names its mayor or
     * a ticket price as a matter of course, so only calls to vote and unmistakable offers (discount codes, free shipping) count.
     */
    static final double MIN_SCORE = 0.8;
    /** The kinds of post that can promote something; notices, emergencies and acts inform. */
    private static final Set<DraftKind> PROMOTING = Set.of(DraftKind.NEWS, DraftKind.EVENT, DraftKind.CAMPAIGN);
    private static final Pattern RETWEET = Pattern.compile("(?<![\\p{L}\\d])RT @[\\w.]+");
    private static final Set<String> SOCIAL_HOSTS = Set.of("facebook.com", "fb.com", "fb.watch", "m.facebook.com",
            "instagram.com", "x.com", "twitter.com", "tiktok.com", "vm.tiktok.com", "threads.net", "youtube.com",
            "youtu.be", "linkedin.com", "t.me");

    /** Loaded once, on the first check: it reads every lexicon and rule file, and is immutable. */
    private static final CommentAnalyzer ANALYZER = CommentAnalyzer.rulesOnly();
    private final AnalysisSettings settings;

    PurposeRule(AnalysisSettings settings) {
        this.settings = settings;
    }

    @Override
    public void check(DraftContext context, List<CheckFinding> out) {
        String text = context.draft().text();
        Grounds grounds = context.grounds();
        Analysis analysis = ANALYZER.analyze(CommentToAnalyze.of(text), settings);
        List<String> propaganda = evidence(analysis, Category.POLITICAL_PROPAGANDA, text);
        if (!propaganda.isEmpty()) {
            out.add(grounds.finding(PublishingCheck.PARTISAN_POLITICAL, Severity.BLOCK, "publishing.partisan",
                    Grounds.quoted(propaganda)));
        }
        List<String> advertising = evidence(analysis, Category.ADVERTISING, text);
        if (!advertising.isEmpty()) {
            boolean blocks = grounds.adopts(PublishingCheck.COMMERCIAL) && PROMOTING.contains(context.draft().kind())
                    && advertising.stream().distinct().count() >= 2;
            out.add(grounds.finding(PublishingCheck.COMMERCIAL, blocks ? Severity.BLOCK : Severity.WARN,
                    "publishing.commercial", Grounds.quoted(advertising)));
        }
        if (grounds.adopts(PublishingCheck.PERSONAL_ACCOUNT_SHARE)) {
            List<String> shares = shares(text, grounds.policy().channels());
            if (!shares.isEmpty()) {
                out.add(grounds.finding(PublishingCheck.PERSONAL_ACCOUNT_SHARE, Severity.WARN,
                        "publishing.personalAccountShare", Grounds.quoted(shares)));
            }
        }
    }

    /** @return the words that show {@code category} from {@link #MIN_SCORE}, none below it */
    private static List<String> evidence(Analysis analysis, Category category, String text) {
        return analysis.finding(category).filter(f -> f.score() >= MIN_SCORE)
                .map((Finding f) -> f.evidence().stream().map(s -> s.of(text)).toList()).orElse(List.of());
    }

    private static List<String> shares(String text, List<Channel> channels) {
        List<String> own = channels.stream().map(c -> Links.bare(c.url().toString())).toList();
        List<String> shares = new ArrayList<>();
        for (String link : Links.of(text)) {
            String bare = Links.bare(link);
            boolean social = Links.host(link).filter(SOCIAL_HOSTS::contains).isPresent();
            if (social && own.stream().noneMatch(channel -> bare.equals(channel) || bare.startsWith(channel + "/"))) {
                shares.add(link);
            }
        }
        Matcher retweet = RETWEET.matcher(text);
        while (retweet.find()) {
            shares.add(retweet.group());
        }
        return shares;
    }
}
