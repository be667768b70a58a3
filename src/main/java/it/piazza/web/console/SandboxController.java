package it.piazza.web.console;

import it.piazza.accounts.Role;
import it.piazza.accounts.StaffMember;
import it.piazza.moderation.InteractionKind;
import it.piazza.platforms.sandbox.Sandbox;
import it.piazza.policy.Channel;
import it.piazza.policy.PolicyVersions;
import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sandbox page: the ente's channels as the built-in sandbox platform shows them (posts, comments with their
 * visibility and replies, the ente's answers, private messages, banned authors, the decision that acted on each
 * comment), refreshed in place with htmx, and a form to write on a page as a citizen.
 */
@Controller
class SandboxController {

    private final ConsoleFrame frame;
    private final Sandbox sandbox;
    private final PolicyVersions policies;
    private final MessageSource messages;

    SandboxController(ConsoleFrame frame, Sandbox sandbox, PolicyVersions policies, MessageSource messages) {
        this.frame = frame;
        this.sandbox = sandbox;
        this.policies = policies;
        this.messages = messages;
    }

    /** The sandbox of the first ente the person may act for. */
    @GetMapping("/console/sandbox")
    String first(Principal principal) {
        return frame.firstEnte(principal, ConsoleFrame.Section.SANDBOX);
    }

    @GetMapping("/console/{ente}/sandbox")
    String pages(@PathVariable String ente, @RequestParam(required = false) @Nullable String canale,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Principal principal, Model model) {
        StaffMember member = frame.open(model, principal, ente, ConsoleFrame.Section.SANDBOX);
        model.addAttribute("pages", sandbox.pages(ente, canale == null || canale.isBlank() ? null : canale));
        model.addAttribute("channelIds", sandbox.channels(ente));
        model.addAttribute("canale", canale);
        model.addAttribute("handles", policies.current(ente).map(p -> p.policy().channels().stream()
                .collect(Collectors.toMap(Channel::id, Channel::handle))).orElse(Map.of()));
        model.addAttribute("canWrite", member.can(ente, ConsoleFrame.SANDBOX_WRITERS));
        model.addAttribute("canOpenAuthors", member.can(ente, ConsoleFrame.Section.AUTHOR.roles()));
        model.addAttribute("canOpenQueue", member.can(ente, ConsoleFrame.Section.QUEUE.roles()));
        model.addAttribute("canSimulate", member.can(ente, Role.ADMIN));
        return htmx != null ? "console/sandbox :: pages" : "console/sandbox";
    }

    /**
     * A comment under a post ({@code dove=post:<id>}), a reply under a comment ({@code dove=commento:<id>}) or a
     * private message ({@code dove=messaggio}), written as a citizen.
     */
    @PostMapping("/console/{ente}/sandbox/{canale}/scrivi")
    String write(@PathVariable String ente, @PathVariable String canale, @RequestParam String dove,
            @RequestParam String autore, @RequestParam String testo, Principal principal, Locale locale,
            RedirectAttributes redirect) {
        frame.require(principal, ente, ConsoleFrame.SANDBOX_WRITERS);
        Sandbox.Written written;
        if (dove.startsWith("post:")) {
            written = sandbox.write(ente, canale, InteractionKind.COMMENT, dove.substring("post:".length()), null, autore, testo);
        } else if (dove.startsWith("commento:")) {
            written = sandbox.write(ente, canale, InteractionKind.REPLY, null, dove.substring("commento:".length()), autore, testo);
        } else {
            written = sandbox.write(ente, canale, InteractionKind.PRIVATE_MESSAGE, null, null, autore, testo);
        }
        switch (written) {
            case Sandbox.Written.Delivered d -> redirect.addFlashAttribute("notice",
                    messages.getMessage("sandbox.written", null, locale));
            case Sandbox.Written.Refused r -> redirect.addFlashAttribute("problem", r.reason());
        }
        redirect.addAttribute("canale", canale);
        return "redirect:/console/" + ente + "/sandbox";
    }

    /** Makes the channel's sandbox page refuse every action with a platform error, or stop doing so (administrators). */
    @PostMapping("/console/{ente}/sandbox/{canale}/errore")
    String simulateFailure(@PathVariable String ente, @PathVariable String canale, @RequestParam boolean attivo,
            Principal principal, Locale locale, RedirectAttributes redirect) {
        frame.require(principal, ente, Role.ADMIN);
        sandbox.simulateFailure(ente, canale, attivo ? messages.getMessage("sandbox.failure.reason", null, locale) : null);
        redirect.addFlashAttribute("notice", messages.getMessage(attivo ? "sandbox.failure.started" : "sandbox.failure.stopped",
                null, locale));
        redirect.addAttribute("canale", canale);
        return "redirect:/console/" + ente + "/sandbox";
    }
}
