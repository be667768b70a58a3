package it.piazza.web;

import it.piazza.policy.PolicyInForce;
import it.piazza.policy.PolicyPage;
import it.piazza.policy.PolicyVersions;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public pages, without sign-in: the list of entes and each ente's policy page, generated from the
 * version in force (HTML, or Markdown at {@code policy.md}).
 */
@Controller
class PublicPolicyController {

    private static final MediaType MARKDOWN = MediaType.parseMediaType("text/markdown;charset=UTF-8");

    private final PolicyVersions versions;
    private final PolicyPage page = PolicyPage.create();

    PublicPolicyController(PolicyVersions versions) {
        this.versions = versions;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/enti";
    }

    @GetMapping("/enti")
    String entes(Model model) {
        model.addAttribute("entes", versions.entes());
        return "public/entes";
    }

    @GetMapping(value = "/enti/{id}/policy", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> policy(@PathVariable String id, Locale locale) {
        PolicyInForce inForce = inForce(id);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(page.render(inForce.policy(), PolicyPage.Format.HTML, inForce.version(), locale));
    }

    @GetMapping("/enti/{id}/policy.md")
    ResponseEntity<String> policyMarkdown(@PathVariable String id, Locale locale) {
        PolicyInForce inForce = inForce(id);
        return ResponseEntity.ok().contentType(MARKDOWN)
                .body(page.render(inForce.policy(), PolicyPage.Format.MD, inForce.version(), locale));
    }

    private PolicyInForce inForce(String id) {
        return versions.current(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "Nessun ente con identificativo \"" + id + "\""));
    }
}
