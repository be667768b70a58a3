package it.piazza.web.console;

import it.piazza.policy.ElectoralPeriod;
import it.piazza.policy.PolicyVersions;
import it.piazza.publishing.Draft;
import it.piazza.publishing.DraftCheck;
import it.piazza.publishing.DraftImage;
import it.piazza.publishing.DraftKind;
import it.piazza.publishing.DraftReview;
import it.piazza.publishing.ImageAttestation;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The draft check: an editor writes a post, describes its images and learns, before publishing it, what the
 * law and the ente's policy say of it (the same checks as {@code piazza check-post}). Nothing is stored.
 */
@Controller
class DraftCheckController {

    /** How many images a draft may describe on the page. */
    static final int IMAGES = 3;
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");

    private final ConsoleFrame frame;
    private final PolicyVersions policies;
    private final Clock clock;
    private final MessageSource messages;

    DraftCheckController(ConsoleFrame frame, PolicyVersions policies, Clock clock, MessageSource messages) {
        this.frame = frame;
        this.policies = policies;
        this.clock = clock;
        this.messages = messages;
    }

    /**
     * One image slot of the form.
     *
     * @param attached whether the post carries this image
     * @param alt its alternative text
     * @param attestations what the editor attests about it
     */
    record ImageForm(boolean attached, @Nullable String alt, Set<ImageAttestation> attestations) {

        /** @return whether the editor ticked {@code attestation}, for the page */
        public boolean attests(ImageAttestation attestation) {
            return attestations.contains(attestation);
        }

        DraftImage image() {
            return new DraftImage(alt == null || alt.isBlank() ? null : alt.strip(), attestations);
        }
    }

    /**
     * The form as the editor filled it in.
     *
     * @param text the text of the post
     * @param kind what the post is about
     * @param scheduledAt when it is to be published (Rome time), or null for now
     * @param electionFrom the first day of an electoral period the policy does not list yet, if any
     * @param electionTo its last day
     */
    record DraftForm(@Nullable String text, @Nullable DraftKind kind,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime scheduledAt,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate electionFrom,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate electionTo) {

        static DraftForm empty() {
            return new DraftForm("", DraftKind.NEWS, null, null, null);
        }

        Draft draft(List<ImageForm> slots) {
            return new Draft(text == null ? "" : text.strip(),
                    slots.stream().filter(ImageForm::attached).map(ImageForm::image).toList(),
                    kind == null ? DraftKind.NEWS : kind,
                    scheduledAt == null ? null : scheduledAt.atZone(ROME).toOffsetDateTime());
        }

        /** @return the electoral period the editor entered, when both days are there and in order */
        List<ElectoralPeriod> periods() {
            if (electionFrom == null || electionTo == null || electionTo.isBefore(electionFrom)) {
                return List.of();
            }
            return List.of(ElectoralPeriod.declared(electionFrom, electionTo));
        }

        /** @return whether the editor entered a period that cannot be used */
        boolean periodIncomplete() {
            return (electionFrom == null) != (electionTo == null)
                    || (electionFrom != null && electionTo != null && electionTo.isBefore(electionFrom));
        }
    }

    /**
     * @return the {@link #IMAGES} image slots as the form sent them ({@code images[0].alt}, …); read by hand, as
     *         binding a list of records lets a request ask for any index
     * @throws ResponseStatusException 400 for an attestation that does not exist
     */
    static List<ImageForm> slots(MultiValueMap<String, String> params) {
        return IntStream.range(0, IMAGES).mapToObj(i -> {
            String prefix = "images[" + i + "].";
            Set<ImageAttestation> attestations = EnumSet.noneOf(ImageAttestation.class);
            for (String value : params.getOrDefault(prefix + "attestations", List.of())) {
                attestations.add(Arrays.stream(ImageAttestation.values()).filter(a -> a.name().equals(value)).findFirst()
                        .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "Attestazione sconosciuta: " + value)));
            }
            return new ImageForm("true".equals(params.getFirst(prefix + "attached")), params.getFirst(prefix + "alt"),
                    attestations);
        }).toList();
    }

    @GetMapping("/console/{ente}/post")
    String form(@PathVariable String ente, Principal principal, Model model) {
        frame.open(model, principal, ente, ConsoleFrame.Section.DRAFT_CHECK);
        return page(model, DraftForm.empty(), slots(new LinkedMultiValueMap<>()), null);
    }

    @PostMapping("/console/{ente}/post")
    String check(@PathVariable String ente, @ModelAttribute DraftForm form,
            @RequestParam MultiValueMap<String, String> params, Principal principal, Locale locale, Model model) {
        frame.open(model, principal, ente, ConsoleFrame.Section.DRAFT_CHECK);
        List<ImageForm> slots = slots(params);
        String problem = form.text() == null || form.text().isBlank() ? "draft.problem.noText"
                : form.periodIncomplete() ? "draft.problem.period" : null;
        if (problem != null) {
            model.addAttribute("problem", messages.getMessage(problem, null, locale));
            return page(model, form, slots, null);
        }
        var policy = policies.current(ente).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Nessuna policy in vigore per " + ente)).policy();
        DraftReview review = DraftCheck.of(policy).review(form.draft(slots), form.periods(),
                LocalDate.now(clock.withZone(ROME)));
        return page(model, form, slots, review);
    }

    private static String page(Model model, DraftForm form, List<ImageForm> slots, @Nullable DraftReview review) {
        model.addAttribute("form", form);
        model.addAttribute("slots", slots);
        model.addAttribute("kinds", DraftKind.values());
        model.addAttribute("attestations", ImageAttestation.values());
        model.addAttribute("review", review);
        return "console/draft-check";
    }
}
