package it.piazza.moderation;

import it.piazza.detection.Analysis;
import it.piazza.detection.Category;
import it.piazza.detection.Finding;
import it.piazza.detection.Intent;
import it.piazza.detection.IntentFinding;
import it.piazza.detection.PersonalDataDetector;
import it.piazza.detection.TextSpan;
import it.piazza.policy.Ban;
import it.piazza.policy.CategoryRule;
import it.piazza.policy.ContentAction;
import it.piazza.policy.Labels;
import it.piazza.policy.Policy;
import it.piazza.policy.Replies;
import it.piazza.policy.ReplyTemplate;
import it.piazza.policy.Sanctions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The ente's policy applied to the analysis of one comment: which categories are grounds (only those the
 * policy names, with their clause), whether Piazza may act alone (confidence at or above the policy's
 * threshold) or hands the comment to a person, and which measures the policy foresees for the author.
 * Pure and thread-safe: the same inputs always give the same proposal.
 *
 * <p>Criticism is never a ground: only categories of the taxonomy are, and only when the ente's policy names
 * them.
 */
public final class DecisionRules {

    /** The confidence from which an intent of a public comment is answered. */
    static final double INTENT_THRESHOLD = 0.5;

    /** How grave each category is: the review queue puts graver comments first. */
    private static final Map<Category, Integer> SEVERITY = Map.ofEntries(
            Map.entry(Category.THREAT, 10), Map.entry(Category.ILLEGAL, 9), Map.entry(Category.OBSCENE, 9),
            Map.entry(Category.MINORS, 9), Map.entry(Category.DISCRIMINATION, 8), Map.entry(Category.PERSONAL_DATA, 8),
            Map.entry(Category.DEFAMATION, 7), Map.entry(Category.INSULT, 6), Map.entry(Category.FAKE_ACCOUNT, 6),
            Map.entry(Category.PRIVATE_MATTER, 5), Map.entry(Category.LEGAL_DISPUTE, 5),
            Map.entry(Category.IP_INFRINGEMENT, 4), Map.entry(Category.POLITICAL_PROPAGANDA, 4),
            Map.entry(Category.ADVERTISING, 3), Map.entry(Category.SPAM, 3), Map.entry(Category.OFF_TOPIC, 2));

    private final Labels labels = Labels.italian();
    private final Replies replies = Replies.italian();

    /**
     * @param policy the ente's policy in force
     * @param analysis what the detectors found
     * @param text the comment text, for the evidence
     * @param standing the author's record with this ente
     * @return the proposal; never null
     */
    public Proposal decide(Policy policy, Analysis analysis, String text, AuthorStanding standing) {
        List<Ground> grounds = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        List<String> reviewReasons = new ArrayList<>();
        double reviewThreshold = policy.moderation().reviewThreshold();
        for (Finding finding : analysis.findings()) {
            CategoryRule rule = groundFor(policy, finding.category()).orElse(null);
            if (rule == null || finding.score() < reviewThreshold) {
                continue;
            }
            double threshold = rule.threshold() != null ? rule.threshold() : policy.moderation().autoThreshold();
            boolean certain = finding.score() >= threshold;
            grounds.add(new Ground(finding.category(), rule.clause(), finding.score(), finding.reason(), certain));
            for (TextSpan span : finding.evidence()) {
                evidence.add(new Evidence(finding.category(), span, minimised(finding.category(), span.of(text))));
            }
            if (!certain) {
                reviewReasons.add(labels.get("review.unsure", labels.category(finding.category()),
                        percent(finding.score()), percent(threshold)));
            } else if (rule.action() == ContentAction.REVIEW) {
                reviewReasons.add(labels.get("review.policy", labels.category(finding.category())));
            }
        }
        grounds.sort(Comparator.comparingInt((Ground g) -> severity(g.category())).reversed()
                .thenComparing(Comparator.comparingDouble(Ground::score).reversed()));
        evidence.sort(Comparator.comparing(Evidence::span));

        ContentAction acted = strongest(policy, grounds, true);
        ContentAction suggested = strongest(policy, grounds, false);
        ContentAction action;
        if (acted == ContentAction.REMOVE || acted == ContentAction.HIDE) {
            action = acted;
            reviewReasons.clear();
        } else if (!grounds.isEmpty()) {
            action = ContentAction.REVIEW;
        } else {
            action = ContentAction.KEEP;
        }
        Set<AuthorMeasure> measures = action == ContentAction.REMOVE || action == ContentAction.HIDE
                ? measures(policy.sanctions(), grounds, standing) : Set.of();

        List<IntentFinding> intents = analysis.intents().stream()
                .filter(i -> i.score() >= INTENT_THRESHOLD)
                .filter(i -> i.intent() == Intent.ASSISTANCE_REQUEST || i.intent() == Intent.COMPLAINT).toList();
        String reply = action == ContentAction.KEEP || action == ContentAction.REVIEW ? reply(policy, intents) : null;
        return new Proposal(action, grounds, evidence, measures, suggested == ContentAction.KEEP ? action : suggested,
                intents, reply, action == ContentAction.REVIEW ? reviewReasons : List.of());
    }

    /**
     * @return the measures the policy foresees for an author whose comment a person removed or hid on
     *         {@code grounds}, given their record
     */
    public Set<AuthorMeasure> measuresFor(Policy policy, List<Ground> grounds, AuthorStanding standing) {
        return measures(policy.sanctions(), grounds, standing);
    }

    /**
     * @return the rule that makes {@code category} a ground under the policy: the category's own rule when it
     *         names one with an action; for a fake account, the ban clause where the policy bans fake accounts
     *         (a person confirms it); empty when the category cannot ground a decision of this ente
     */
    public static Optional<CategoryRule> groundFor(Policy policy, Category category) {
        Optional<CategoryRule> rule = policy.rule(category).filter(r -> r.action() != ContentAction.KEEP);
        Ban ban = policy.sanctions().ban();
        if (rule.isEmpty() && category == Category.FAKE_ACCOUNT && ban.allowed() && ban.fakeAccounts()
                && ban.clause() != null) {
            return Optional.of(new CategoryRule(category, ContentAction.REVIEW, ban.clause(), null));
        }
        return rule;
    }

    /** @return how grave a category is, for ordering the review queue (higher is graver) */
    public static int severity(Category category) {
        return SEVERITY.getOrDefault(category, 1);
    }

    private static ContentAction strongest(Policy policy, List<Ground> grounds, boolean certainOnly) {
        ContentAction best = ContentAction.KEEP;
        for (Ground ground : grounds) {
            if (certainOnly && !ground.certain()) {
                continue;
            }
            ContentAction action = groundFor(policy, ground.category()).orElseThrow().action();
            if (rank(action) > rank(best)) {
                best = action;
            }
        }
        return best;
    }

    private static int rank(ContentAction action) {
        return switch (action) {
            case KEEP -> 0;
            case REVIEW -> 1;
            case HIDE -> 2;
            case REMOVE -> 3;
        };
    }

    private static Set<AuthorMeasure> measures(Sanctions sanctions, List<Ground> grounds, AuthorStanding standing) {
        Set<AuthorMeasure> measures = EnumSet.noneOf(AuthorMeasure.class);
        List<Ground> certain = grounds.stream().filter(Ground::certain).toList();
        Ban ban = sanctions.ban();
        boolean fake = certain.stream().anyMatch(g -> g.category() == Category.FAKE_ACCOUNT);
        int violations = standing.strikes() + 1;
        boolean warnings = sanctions.warningBeforeBan() || sanctions.notifyAuthorClause() != null;
        if (ban.allowed() && !standing.banned() && fake && ban.fakeAccounts()) {
            measures.add(AuthorMeasure.BAN);
        } else if (ban.allowed() && !standing.banned() && ban.repeatOffenders() && violations >= ban.strikes()
                && (!sanctions.warningBeforeBan() || standing.warned())) {
            measures.add(AuthorMeasure.BAN);
        } else if (warnings || (ban.allowed() && ban.repeatOffenders())) {
            measures.add(AuthorMeasure.WARN);
        }
        if (sanctions.reportPlatform().allowed()
                && certain.stream().anyMatch(g -> sanctions.reportPlatform().categories().contains(g.category()))) {
            measures.add(AuthorMeasure.REPORT_PLATFORM);
        }
        if (sanctions.reportAuthority().allowed()
                && certain.stream().anyMatch(g -> sanctions.reportAuthority().categories().contains(g.category()))) {
            measures.add(AuthorMeasure.REPORT_AUTHORITY);
        }
        return measures;
    }

    private @Nullable String reply(Policy policy, List<IntentFinding> intents) {
        return intents.stream().max(Comparator.comparingDouble(IntentFinding::score))
                .map(i -> replies.text(policy, i.intent() == Intent.COMPLAINT ? ReplyTemplate.COMPLAINT_REPLY
                        : ReplyTemplate.ASSISTANCE_REPLY, Map.of()))
                .orElse(null);
    }

    /**
     * Evidence of personal data is itself minimised, as moderators see it: the record keeps the first and last
     * characters of the datum, enough for a person to recognise it, not to reuse it.
     */
    static String minimised(Category category, String evidence) {
        return category == Category.PERSONAL_DATA || category == Category.MINORS
                ? PersonalDataDetector.maskForModerators(evidence, category.name()) : evidence;
    }

    private static String percent(double score) {
        return String.format(Locale.ITALIAN, "%.0f%%", score * 100);
    }
}
