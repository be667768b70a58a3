package it.piazza.cli;

import it.piazza.policy.ElectoralPeriod;
import it.piazza.policy.Policy;
import it.piazza.policy.Presets;
import it.piazza.publishing.CheckFinding;
import it.piazza.publishing.Draft;
import it.piazza.publishing.DraftCheck;
import it.piazza.publishing.DraftImage;
import it.piazza.publishing.DraftKind;
import it.piazza.publishing.DraftReview;
import it.piazza.publishing.ImageAttestation;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code check-post --ente ID|FILE [--electoral-period FROM/TO]…}: checks drafts before publishing
 * (docs/contracts.md). Input lines {@code {"id","text","images":[{"alt","attestations"}],"kind","scheduled_at"}};
 * output lines {@code {"id","publishable","gulpease","findings":[{"code","severity","message"}]}}, where
 * {@code publishable} is false exactly when a finding blocks and {@code gulpease} is null for a text without
 * words. An unscheduled draft is checked for today in Rome.
 */
@Command(name = "check-post", description = "Check drafts before publishing (JSON Lines in, JSON Lines out).")
final class CheckPostCommand implements Callable<Integer> {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final String KINDS = Arrays.stream(DraftKind.values()).map(DraftKind::code)
            .collect(Collectors.joining(", "));
    private static final String ATTESTATIONS = Arrays.stream(ImageAttestation.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    @Option(names = "--ente", required = true, description = "a preset id or a policy file")
    String ente;

    @Option(names = "--electoral-period", paramLabel = "FROM/TO",
            description = "a period of par condicio, ISO dates both included, e.g. 2027-04-10/2027-05-26; may repeat")
    List<String> electoralPeriods = new ArrayList<>();

    @Override
    public Integer call() {
        List<ElectoralPeriod> periods = electoralPeriods.stream().map(CheckPostCommand::period).toList();
        return run(Presets.resolve(ente), periods, LocalDate.now(ROME), System.in, System.out, System.err);
    }

    static int run(Policy policy, List<ElectoralPeriod> periods, LocalDate today, InputStream in, OutputStream out,
            PrintStream err) {
        DraftCheck check = DraftCheck.of(policy);
        return JsonLines.process(in, out, err, line -> output(line, check.review(draft(line), periods, today)));
    }

    /**
     * @return the period written {@code FROM/TO}
     * @throws IllegalArgumentException when it is not two ISO dates in order
     */
    static ElectoralPeriod period(String value) {
        String[] ends = value.split("/", -1);
        if (ends.length != 2) {
            throw invalidPeriod(value);
        }
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(ends[0].strip());
            to = LocalDate.parse(ends[1].strip());
        } catch (DateTimeParseException e) {
            throw invalidPeriod(value);
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("--electoral-period " + value + " ends before it starts");
        }
        return ElectoralPeriod.declared(from, to);
    }

    private static IllegalArgumentException invalidPeriod(String value) {
        return new IllegalArgumentException("--electoral-period must be two ISO dates FROM/TO, e.g. "
                + "2027-04-10/2027-05-26: \"" + value + "\"");
    }

    private static Draft draft(JsonNode line) {
        String text = JsonLines.requiredText(line, "text");
        String kindCode = JsonLines.requiredText(line, "kind");
        DraftKind kind = DraftKind.ofCode(kindCode).orElseThrow(() -> new JsonLines.InvalidLine(
                "field \"kind\" must be one of " + KINDS + ": \"" + kindCode + "\""));
        List<DraftImage> images = images(line);
        if (text.isBlank() && images.isEmpty()) {
            throw new JsonLines.InvalidLine("field \"text\" is empty and there are no images: nothing to publish");
        }
        return new Draft(text, images, kind, scheduledAt(line));
    }

    private static List<DraftImage> images(JsonNode line) {
        JsonNode images = line.get("images");
        if (images == null || images.isNull()) {
            return List.of();
        }
        if (!images.isArray()) {
            throw new JsonLines.InvalidLine("field \"images\" must be an array of {\"alt\", \"attestations\"}, found "
                    + images.getNodeType());
        }
        List<DraftImage> result = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            JsonNode image = images.get(i);
            if (!image.isObject()) {
                throw new JsonLines.InvalidLine("images[" + i + "] must be an object {\"alt\", \"attestations\"}");
            }
            result.add(new DraftImage(JsonLines.optionalText(image, "alt"), attestations(image, i)));
        }
        return result;
    }

    private static Set<ImageAttestation> attestations(JsonNode image, int index) {
        JsonNode values = image.get("attestations");
        Set<ImageAttestation> attestations = EnumSet.noneOf(ImageAttestation.class);
        if (values == null || values.isNull()) {
            return attestations;
        }
        if (!values.isArray()) {
            throw new JsonLines.InvalidLine("images[" + index + "].attestations must be an array of strings");
        }
        for (JsonNode value : values) {
            String name = value.isString() ? value.asString() : value.toString();
            try {
                attestations.add(ImageAttestation.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new JsonLines.InvalidLine("images[" + index + "].attestations: unknown value " + name
                        + "; allowed: " + ATTESTATIONS);
            }
        }
        return attestations;
    }

    private static @Nullable OffsetDateTime scheduledAt(JsonNode line) {
        String value = JsonLines.optionalText(line, "scheduled_at");
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new JsonLines.InvalidLine("field \"scheduled_at\" is not an ISO date-time with offset, e.g. "
                    + "2027-05-12T10:00:00+02:00: \"" + value + "\"");
        }
    }

    private static ObjectNode output(JsonNode line, DraftReview review) {
        ObjectNode result = JsonLines.output(line);
        result.put("publishable", review.publishable());
        review.readability().ifPresentOrElse(r -> result.put("gulpease", Math.round(r.gulpease() * 10) / 10.0),
                () -> result.putNull("gulpease"));
        ArrayNode findings = result.putArray("findings");
        for (CheckFinding finding : review.findings()) {
            findings.addObject().put("code", finding.code().name()).put("severity", finding.severity().name())
                    .put("message", finding.message());
        }
        return result;
    }
}
