package it.piazza.cli;

import it.piazza.detection.Analysis;
import it.piazza.detection.AnalysisSettings;
import it.piazza.detection.CommentAnalyzer;
import it.piazza.detection.CommentToAnalyze;
import it.piazza.detection.PriorComment;
import it.piazza.moderation.AuthorMeasure;
import it.piazza.moderation.AuthorStanding;
import it.piazza.moderation.DecisionRules;
import it.piazza.policy.EnteAnalysisSettings;
import it.piazza.moderation.Evidence;
import it.piazza.moderation.Ground;
import it.piazza.moderation.Proposal;
import it.piazza.policy.ContentAction;
import it.piazza.policy.Policy;
import it.piazza.policy.Presets;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code moderate --ente ID|FILE}: decides on public comments by the ente's policy (docs/contracts.md). Lines
 * are processed in order and the run keeps state as the server does: an author's earlier comments count for
 * spam, and their violations count towards warnings and bans.
 */
@Command(name = "moderate", description = "Decide on public comments (JSON Lines in, JSON Lines out).")
final class ModerateCommand implements Callable<Integer> {

    @Option(names = "--ente", required = true, description = "a preset id or a policy file")
    String ente;

    @Override
    public Integer call() {
        Policy policy = Presets.resolve(ente);
        return run(policy, System.in, System.out, System.err);
    }

    static int run(Policy policy, InputStream in, OutputStream out, PrintStream err) {
        Session session = new Session(policy, policy.moderation().classifier()
                ? CommentAnalyzer.standard() : CommentAnalyzer.rulesOnly());
        return JsonLines.process(in, out, err, session::moderate);
    }

    /** The state of one run: every author's earlier comments and record. */
    static final class Session {
        private final Policy policy;
        private final CommentAnalyzer analyzer;
        private final AnalysisSettings settings;
        private final DecisionRules rules = new DecisionRules();
        private final Map<String, List<PriorComment>> history = new HashMap<>();
        private final Map<String, AuthorStanding> standings = new HashMap<>();
        private Instant clock = Instant.EPOCH;

        Session(Policy policy, CommentAnalyzer analyzer) {
            this.policy = policy;
            this.analyzer = analyzer;
            this.settings = EnteAnalysisSettings.of(policy);
        }

        ObjectNode moderate(JsonNode line) {
            String text = JsonLines.requiredText(line, "text");
            JsonNode post = line.get("post");
            String postText = post != null && post.isObject() ? JsonLines.optionalText(post, "text") : null;
            JsonNode author = line.get("author");
            String authorId = author != null && author.isObject() ? JsonLines.optionalText(author, "id") : null;
            String channel = JsonLines.optionalText(line, "channel");
            return output(line, text, decide(text, postText, authorId, channel, createdAt(line)));
        }

        /** Decides on one comment and remembers it for the author's later comments. */
        Proposal decide(String text, @Nullable String postText, @Nullable String authorId, @Nullable String channel,
                @Nullable Instant when) {
            Instant createdAt = when == null ? tick() : when;
            List<PriorComment> prior = authorId == null ? List.of() : history.getOrDefault(authorId, List.of());

            CommentToAnalyze comment = new CommentToAnalyze(text, postText, authorId, channel, createdAt, prior);
            Analysis analysis = analyzer.analyze(comment, settings);
            AuthorStanding standing = authorId == null ? AuthorStanding.CLEAN
                    : standings.getOrDefault(authorId, AuthorStanding.CLEAN);
            Proposal proposal = rules.decide(policy, analysis, text, standing);

            if (authorId != null) {
                history.computeIfAbsent(authorId, k -> new ArrayList<>()).add(new PriorComment(text, createdAt));
                standings.put(authorId, next(standing, proposal));
            }
            return proposal;
        }

        /** Without a time, comments are a minute apart, in input order. */
        private Instant tick() {
            clock = clock.plusSeconds(60);
            return clock;
        }

        private @Nullable Instant createdAt(JsonNode line) {
            String value = JsonLines.optionalText(line, "created_at");
            if (value == null) {
                return null;
            }
            try {
                Instant instant = OffsetDateTime.parse(value).toInstant();
                clock = instant;
                return instant;
            } catch (DateTimeParseException e) {
                throw new JsonLines.InvalidLine("field \"created_at\" is not an ISO date-time with offset, e.g. "
                        + "2026-03-02T10:15:00+01:00: \"" + value + "\"");
            }
        }

        private static AuthorStanding next(AuthorStanding standing, Proposal proposal) {
            if (proposal.action() != ContentAction.REMOVE && proposal.action() != ContentAction.HIDE) {
                return standing;
            }
            return new AuthorStanding(standing.strikes() + 1,
                    standing.warned() || proposal.measures().contains(AuthorMeasure.WARN),
                    standing.banned() || proposal.measures().contains(AuthorMeasure.BAN));
        }

        private static ObjectNode output(JsonNode line, String text, Proposal proposal) {
            ObjectNode result = JsonLines.output(line);
            result.put("action", proposal.action().name());
            ArrayNode categories = result.putArray("categories");
            proposal.grounds().forEach(g -> categories.add(g.category().name()));
            ArrayNode intents = result.putArray("intents");
            proposal.intents().forEach(i -> intents.add(i.intent().name()));
            ArrayNode evidence = result.putArray("evidence");
            for (Evidence e : proposal.evidence()) {
                var span = e.span().toCodePoints(text);
                evidence.addObject().put("category", e.category().name()).put("start", span.start())
                        .put("end", span.end()).put("text", e.span().of(text));
            }
            ArrayNode reasons = result.putArray("reasons");
            for (Ground g : proposal.grounds()) {
                reasons.addObject().put("category", g.category().name()).put("clause", g.clause())
                        .put("score", Math.round(g.score() * 1000) / 1000.0).put("detection", g.detection());
            }
            ArrayNode measures = result.putArray("author_measures");
            proposal.measures().stream().sorted().forEach(m -> measures.add(m.name()));
            putNullable(result, "reply", proposal.reply());
            if (proposal.action() == ContentAction.REVIEW) {
                result.put("suggested_action", proposal.suggested().name());
                ArrayNode why = result.putArray("review_reasons");
                proposal.reviewReasons().forEach(why::add);
            }
            return result;
        }

        private static void putNullable(ObjectNode node, String field, @Nullable String value) {
            if (value == null) {
                node.putNull(field);
            } else {
                node.put(field, value);
            }
        }
    }
}
