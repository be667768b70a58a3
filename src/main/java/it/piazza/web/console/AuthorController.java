package it.piazza.web.console;

import it.piazza.moderation.Appeal;
import it.piazza.moderation.Appeals;
import it.piazza.moderation.Decision;
import it.piazza.moderation.Interaction;
import it.piazza.moderation.Moderation;
import it.piazza.moderation.Sanction;
import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import java.util.Locale;
import org.springframework.web.bind.annotation.PathVariable;

/** The author page: an author's comments with the latest decision on each, their measures and their appeals. */
@Controller
class AuthorController {

    private static final int LIMIT = 200;

    private final ConsoleFrame frame;
    private final MessageSource messages;
    private final Moderation moderation;
    private final Appeals appeals;

    AuthorController(ConsoleFrame frame, Moderation moderation, Appeals appeals, MessageSource messages) {
        this.frame = frame;
        this.messages = messages;
        this.moderation = moderation;
        this.appeals = appeals;
    }

    /**
     * One of the author's comments.
     *
     * @param interaction the comment
     * @param latest the decision in force on it, or null when none was recorded
     */
    record Written(Interaction interaction, @Nullable Decision latest) {
    }

    @GetMapping("/console/{ente}/autori/{author}")
    String author(@PathVariable String ente, @PathVariable String author, Principal principal, Model model) {
        var member = frame.open(model, principal, ente, ConsoleFrame.Section.AUTHOR);
        List<Interaction> interactions = moderation.byAuthor(ente, author, LIMIT);
        Map<UUID, String> deciders = new HashMap<>();
        List<Written> written = interactions.stream().map(i -> {
            List<Decision> history = moderation.history(i.id());
            history.forEach(d -> deciders.put(d.id(), d.decidedBy()));
            return new Written(i, history.isEmpty() ? null : history.getLast());
        }).toList();
        List<Sanction> sanctions = moderation.sanctions(ente, author);
        if (interactions.isEmpty() && sanctions.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Nessun autore " + author + " per " + ente);
        }
        List<Appeal> authorAppeals = appeals.list(ente, LIMIT).stream().filter(a -> deciders.containsKey(a.decisionId())).toList();
        model.addAttribute("authorId", author);
        model.addAttribute("authorName", interactions.stream().map(Interaction::authorName)
                .filter(java.util.Objects::nonNull).findFirst().orElse(author));
        model.addAttribute("written", written);
        model.addAttribute("sanctions", sanctions);
        model.addAttribute("appeals", authorAppeals);
        model.addAttribute("canConfirmBans", member.can(ente, ConsoleFrame.APPEAL_DECIDERS));
        // a ban is made permanent by a second person: not by whoever decided it
        model.addAttribute("decidedByMe", sanctions.stream().map(Sanction::decisionId)
                .filter(id -> member.username().equals(deciders.get(id))).collect(Collectors.toSet()));
        return "console/author";
    }

    /**
     * Makes a ban permanent: only a manager or administrator other than the person who decided the ban
     * (every ban has an end date until a second person confirms it).
     */
    @PostMapping("/console/{ente}/autori/{author}/sanzioni/{sanction}/permanente")
    String confirmPermanentBan(@PathVariable String ente, @PathVariable String author, @PathVariable UUID sanction,
            Principal principal, Locale locale, RedirectAttributes redirect) {
        var member = frame.appealDecider(principal, ente);
        if (moderation.sanctions(ente, author).stream().noneMatch(s -> s.id().equals(sanction))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Nessun blocco " + sanction + " per " + author);
        }
        moderation.confirmPermanentBan(ente, sanction, member.username()).ifPresentOrElse(
                refusal -> redirect.addFlashAttribute("problem", refusal),
                () -> redirect.addFlashAttribute("notice", messages.getMessage("author.banConfirmed", null, locale)));
        return "redirect:/console/{ente}/autori/{author}";
    }
}
