package it.piazza.inbox;

import it.piazza.detection.Intent;
import it.piazza.detection.ItalianTextNormalizer;
import it.piazza.inbox.faq.FaqIndex;
import it.piazza.policy.Policy;
import it.piazza.policy.Replies;
import it.piazza.policy.ReplyTemplate;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The assistant that answers frequent questions from the ente's own FAQ (docs/design/011-inbox.md):
 * <ul>
 * <li>only where the policy provides for an automated assistant ({@code chatbot:}), and its first message says
 * it is one, in the policy's words (AI Act, art. 50);</li>
 * <li>answers only questions of information, quoting the source page; a personal case, a complaint, a report or
 * anything else the triage recognises is handed to the staff with the policy's reply;</li>
 * <li>hands over at once when the citizen asks for a person, saying when the staff will read it;</li>
 * <li>hands over when the FAQ has no answer close enough: a wrong answer costs more than a handover.</li>
 * </ul>
 * The FAQ of an ente is the resource {@code it/piazza/inbox/faq/<ente id>.jsonl}: one JSON object a line with
 * {@code id}, {@code question}, {@code answer}, {@code source}, optional {@code keywords} (other words citizens
 * use) and {@code assumption}. Thread-safe.
 */
public final class FaqAssistant {

    /** The least share of the question's words an entry's question and keywords must hold to be an answer. */
    public static final double MIN_COVERAGE = 0.5;

    private static final FaqAssistant BUNDLED = new FaqAssistant();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern ASKS_FOR_PERSON = Pattern.compile(
            "\\b(operator[ei]|operatrice|persona (vera|reale|fisica|umana)|essere umano|un umano|parlare con (qualcuno|una persona)"
                    + "|impiegat[oa]|non (voglio|vorrei) (un|il|parlare con (un|il)) (bot|robot|chatbot|assistente))\\b");

    private final Map<String, Optional<Faq>> faqs = new ConcurrentHashMap<>();
    private final Replies replies = Replies.italian();

    private record Line(FaqEntry entry, String keywords) {
    }

    private record Faq(List<FaqEntry> entries, FaqIndex index) {
    }

    private FaqAssistant() {
    }

    /** @return the assistant over the FAQs bundled with Piazza */
    public static FaqAssistant bundled() {
        return BUNDLED;
    }

    /** @return whether the ente's policy provides for an automated assistant (its {@code chatbot} section) */
    public static boolean allowedBy(Policy policy) {
        return policy.chatbot() != null;
    }

    /** @return the ente's FAQ entries, in file order; empty when it has none */
    public List<FaqEntry> entries(String enteId) {
        return faq(enteId).map(Faq::entries).orElse(List.of());
    }

    /** @return the closest FAQ entries of the ente for {@code text}, best first */
    public List<FaqMatch> search(String enteId, String text, int limit) {
        return faq(enteId).map(f -> f.index().search(text, limit)).orElse(List.of());
    }

    /** @return the FAQ entry close enough to {@code text} to answer it, if any */
    public Optional<FaqMatch> best(String enteId, String text) {
        return answerable(search(enteId, text, 1));
    }

    /** @return the first of {@code matches} when it covers enough of the question to be answered with */
    public static Optional<FaqMatch> answerable(List<FaqMatch> matches) {
        return matches.stream().limit(1).filter(m -> m.coverage() >= MIN_COVERAGE).findFirst();
    }

    /** @return whether the citizen asks to talk to a person */
    public static boolean asksForPerson(String text) {
        return ASKS_FOR_PERSON.matcher(ItalianTextNormalizer.standard().normalize(text).text()).find();
    }

    /**
     * @param policy the ente's policy; it must provide for an assistant ({@link #allowedBy(Policy)})
     * @param text the citizen's message
     * @param answer the triage answer of the message (intent, staffed hours, the policy's reply)
     * @param firstTurn whether the assistant has not written in this conversation yet: it then says it is one
     * @return the answer from the FAQ, or the handover to the staff
     * @throws IllegalArgumentException when the policy does not provide for an assistant
     */
    public AssistantTurn respond(Policy policy, String text, TriageAnswer answer, boolean firstTurn) {
        if (policy.chatbot() == null) {
            throw new IllegalArgumentException("The policy of " + policy.id() + " provides for no automated assistant");
        }
        String opening = firstTurn ? policy.chatbot().disclosure() + " " : "";
        if (asksForPerson(text)) {
            return new AssistantTurn.HandedOver(opening + handover(policy, answer), AssistantTurn.Reason.ASKED_FOR_PERSON);
        }
        Intent intent = answer.intent();
        if (intent != Intent.INFO_REQUEST && intent != Intent.OTHER) {
            return new AssistantTurn.HandedOver(opening + answer.reply(), AssistantTurn.Reason.PERSONAL_CASE);
        }
        Optional<FaqMatch> match = best(policy.id(), text);
        if (match.isEmpty()) {
            return new AssistantTurn.HandedOver(opening + handover(policy, answer), AssistantTurn.Reason.NOT_IN_FAQ);
        }
        FaqEntry entry = match.get().entry();
        Map<String, String> values = new HashMap<>();
        values.put("titolo", entry.question());
        values.put("risposta", entry.answer());
        values.put("fonte", entry.source().toString());
        return new AssistantTurn.Answered(opening + replies.text(policy, ReplyTemplate.ASSISTANT_ANSWER, values), entry);
    }

    private String handover(Policy policy, TriageAnswer answer) {
        String when = answer.staffed() ? "appena possibile" : Triage.nextStaffedPhrase(answer.nextStaffedAt());
        String text = replies.text(policy, ReplyTemplate.ASSISTANT_HANDOVER, Map.of("prossimo_presidio", when));
        return answer.staffed() ? text : text + " " + replies.text(policy, ReplyTemplate.DANGER_REMINDER, Map.of());
    }

    private Optional<Faq> faq(String enteId) {
        return faqs.computeIfAbsent(enteId, id -> {
            InputStream in = FaqAssistant.class.getResourceAsStream("faq/" + id + ".jsonl");
            if (in == null) {
                return Optional.empty();
            }
            List<Line> lines;
            try (in) {
                lines = read(in, "faq/" + id + ".jsonl");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            List<FaqEntry> entries = lines.stream().map(Line::entry).toList();
            return Optional.of(new Faq(entries, new FaqIndex(entries, lines.stream().map(Line::keywords).toList())));
        });
    }

    private static List<Line> read(InputStream in, String name) throws IOException {
        List<Line> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            for (String field : List.of("id", "question", "answer", "source")) {
                if (!node.hasNonNull(field) || node.get(field).asString().isBlank()) {
                    throw new IllegalArgumentException(name + " line " + number + ": \"" + field + "\" is required");
                }
            }
            lines.add(new Line(new FaqEntry(node.get("id").asString(), node.get("question").asString(),
                    node.get("answer").asString(), URI.create(node.get("source").asString()),
                    node.hasNonNull("assumption") ? node.get("assumption").asString() : null),
                    node.hasNonNull("keywords") ? node.get("keywords").asString() : ""));
        }
        return lines;
    }
}
