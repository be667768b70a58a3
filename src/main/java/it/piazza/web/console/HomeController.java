package it.piazza.web.console;

import it.piazza.accounts.StaffMember;
import it.piazza.platforms.ActionOutbox;
import it.piazza.platforms.ActionState;
import it.piazza.platforms.ChannelConnections;
import it.piazza.platforms.ConnectionState;
import it.piazza.reporting.TransparencyReport;
import it.piazza.policy.PolicyVersions;
import it.piazza.reporting.TransparencyReports;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page, the way into the console (the first ente the person may act for) and each ente's
 * dashboard: decisions by action, category and channel, automated against human, appeals and reversals, week by week.
 */
@Controller
class HomeController {

    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final int WEEKS = 8;

    private final ConsoleFrame frame;
    private final TransparencyReports reports;
    private final Clock clock;
    private final PolicyVersions policies;
    private final ActionOutbox outbox;
    private final ChannelConnections connections;

    HomeController(ConsoleFrame frame, TransparencyReports reports, Clock clock, PolicyVersions policies,
            ActionOutbox outbox, ChannelConnections connections) {
        this.policies = policies;
        this.outbox = outbox;
        this.connections = connections;
        this.frame = frame;
        this.reports = reports;
        this.clock = clock;
    }

    @GetMapping("/login")
    String signIn() {
        return "console/login";
    }

    @GetMapping("/console")
    String console(Principal principal, Model model) {
        StaffMember member = frame.member(principal);
        return frame.entesOf(member).stream().findFirst().map(e -> "redirect:/console/" + e.id())
                .orElseGet(() -> {
                    model.addAttribute("member", member);
                    return "console/no-ente";
                });
    }

    /** The ente switcher: the same section for the other ente when the person may open it there, else its dashboard. */
    @GetMapping(value = "/console", params = "ente")
    String switchEnte(@RequestParam String ente, @RequestParam(defaultValue = "DASHBOARD") String sezione,
            Principal principal, Model model) {
        StaffMember member = frame.open(model, principal, ente, ConsoleFrame.Section.DASHBOARD);
        return java.util.Arrays.stream(ConsoleFrame.Section.values())
                .filter(s -> s.name().equals(sezione) && s != ConsoleFrame.Section.AUTHOR && !s.path().isEmpty())
                .filter(s -> member.can(ente, s.roles()))
                .findFirst().map(s -> "redirect:/console/" + ente + "/" + s.path())
                .orElse("redirect:/console/" + ente);
    }

    /**
     * One week of the dashboard's chart.
     *
     * @param start its first day
     * @param report its counts
     */
    record Week(LocalDate start, TransparencyReport report) {

        /** @return the comments hidden or removed that week, by Piazza or by a person */
        public long acted() {
            return report.automated() + report.human();
        }
    }

    @GetMapping("/console/{ente}")
    String dashboard(@PathVariable String ente, @RequestParam(defaultValue = "30") int giorni, Principal principal,
            Model model) {
        StaffMember member = frame.open(model, principal, ente, ConsoleFrame.Section.DASHBOARD);
        if (member.can(ente, ConsoleFrame.Section.CHANNELS.roles())) {
            Map<ActionState, Long> actions = outbox.counts(ente);
            model.addAttribute("manualActions", actions.getOrDefault(ActionState.MANUAL, 0L));
            model.addAttribute("failedActions", actions.getOrDefault(ActionState.DEAD, 0L));
            model.addAttribute("stopped", connections.statuses(ente).stream()
                    .filter(c -> c.state() == ConnectionState.CREDENTIALS_REJECTED).toList());
        }
        int days = Math.clamp(giorni, 1, 366);
        Instant now = clock.instant();
        TransparencyReport period = reports.report(ente, now.minus(Duration.ofDays(days)), now);
        LocalDate thisWeek = LocalDate.ofInstant(now, ROME).with(java.time.DayOfWeek.MONDAY);
        List<Week> weeks = new ArrayList<>();
        for (int i = WEEKS - 1; i >= 0; i--) {
            LocalDate start = thisWeek.minusWeeks(i);
            weeks.add(new Week(start, reports.report(ente, start.atStartOfDay(ROME).toInstant(),
                    start.plusWeeks(1).atStartOfDay(ROME).toInstant())));
        }
        model.addAttribute("days", days);
        model.addAttribute("period", period);
        model.addAttribute("reviewWaits", policies.current(ente)
                .flatMap(p -> reports.reviewWaits(ente, p.policy().staffedHours(),
                        now.minus(Duration.ofDays(days)), now))
                .orElse(null));
        model.addAttribute("weeks", weeks);
        model.addAttribute("weekMax", Math.max(1, weeks.stream().mapToLong(w -> w.report().received()).max().orElse(1)));
        model.addAttribute("actionMax", Math.max(1, period.byAction().values().stream().mapToLong(Long::longValue).max().orElse(1)));
        model.addAttribute("categoryMax", Math.max(1, period.byCategory().values().stream().mapToLong(Long::longValue).max().orElse(1)));
        model.addAttribute("channelMax", Math.max(1, period.byChannel().values().stream().mapToLong(Long::longValue).max().orElse(1)));
        model.addAttribute("byCategory", period.byCategory().entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList());
        return "console/dashboard";
    }
}
