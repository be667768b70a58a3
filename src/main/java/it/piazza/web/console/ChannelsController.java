package it.piazza.web.console;

import it.piazza.accounts.Role;
import it.piazza.accounts.StaffMember;
import it.piazza.platforms.ActionKind;
import it.piazza.platforms.ActionOutbox;
import it.piazza.platforms.ActionState;
import it.piazza.platforms.Capabilities;
import it.piazza.platforms.ChannelConnection;
import it.piazza.platforms.ChannelConnections;
import it.piazza.platforms.ConnectionStatus;
import it.piazza.platforms.Connector;
import it.piazza.platforms.Connectors;
import it.piazza.platforms.OutboxEntry;
import it.piazza.platforms.Secrets;
import it.piazza.platforms.sandbox.RealConnectors;
import it.piazza.policy.Channel;
import it.piazza.policy.Platform;
import it.piazza.policy.PolicyVersions;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The channels page: each channel of the ente with its connection (connector, state, the reason it stopped, a
 * pause the platform asked for), what Piazza can and cannot do there and the fallback it uses, the form to
 * connect it (secrets as password fields, never shown again), and the ente's outbox: actions waiting, dead
 * letters to retry, and actions handed to a person. Administrators change; managers and auditors read; moderators,
 * managers and administrators record the actions they did by hand.
 */
@Controller
class ChannelsController {

    private static final int OUTBOX_LIMIT = 100;
    private static final String SETTING = "impostazione.";
    private static final String SECRET = "segreto.";
    /** Who may record that an action handed to a person was done by hand, or is no longer needed. */
    private static final Role[] SETTLERS = {Role.MODERATOR, Role.MANAGER, Role.ADMIN};

    private final ConsoleFrame frame;
    private final PolicyVersions policies;
    private final ChannelConnections connections;
    private final Connectors connectors;
    private final ActionOutbox outbox;
    private final MessageSource messages;

    ChannelsController(ConsoleFrame frame, PolicyVersions policies, ChannelConnections connections,
            Connectors connectors, ActionOutbox outbox, MessageSource messages) {
        this.frame = frame;
        this.policies = policies;
        this.connections = connections;
        this.connectors = connectors;
        this.outbox = outbox;
        this.messages = messages;
    }

    /**
     * A channel as the page shows it.
     *
     * @param channel the channel of the policy
     * @param status its connection, if any
     * @param capabilities what Piazza can do there, when connected and readable
     * @param settings the connection's non-secret settings
     * @param secretsSet the names of the secrets stored (never their values)
     * @param forms the connectors it can be connected to
     */
    record ChannelRow(Channel channel, @Nullable ConnectionStatus status, @Nullable CapabilityView capabilities,
            Map<String, String> settings, List<String> secretsSet, List<ConnectorForm> forms) {
    }

    /**
     * What a connection can do, for people.
     *
     * @param capabilities as the connector declares them
     * @param allowed the actions it allows
     * @param missing each action it does not allow, with the message key of Piazza's fallback
     */
    record CapabilityView(Capabilities capabilities, List<ActionKind> allowed, Map<ActionKind, String> missing) {

        /** @return the windows, in hours */
        public Map<ActionKind, Long> windowHours() {
            Map<ActionKind, Long> hours = new LinkedHashMap<>();
            capabilities.windows().forEach((k, d) -> hours.put(k, d.toHours()));
            return hours;
        }
    }

    /**
     * A connector a channel can be connected to.
     *
     * @param id its id
     * @param settings name to description
     * @param secrets name to description
     */
    record ConnectorForm(String id, Map<String, String> settings, Map<String, String> secrets) {
    }

    /**
     * An action handed to a person.
     *
     * @param entry the outbox entry
     * @param platform the channel's platform
     * @param late whether the platform allows the action, but no longer for this comment (a time window)
     */
    record ManualRow(OutboxEntry entry, @Nullable Platform platform, boolean late) {
    }

    /** The channels of the first ente the person may act for. */
    @GetMapping("/console/canali")
    String first(Principal principal) {
        return frame.firstEnte(principal, ConsoleFrame.Section.CHANNELS);
    }

    @GetMapping("/console/{ente}/canali")
    String channels(@PathVariable String ente, Principal principal, Model model) {
        StaffMember member = frame.open(model, principal, ente, ConsoleFrame.Section.CHANNELS);
        List<Channel> channels = policies.current(ente).map(p -> p.policy().channels()).orElse(List.of());
        Map<String, ConnectionStatus> statuses = new HashMap<>();
        connections.statuses(ente).forEach(s -> statuses.put(s.channelId(), s));
        List<ChannelRow> rows = new ArrayList<>();
        Map<String, Platform> platforms = new HashMap<>();
        for (Channel channel : channels) {
            platforms.put(channel.id(), channel.platform());
            ConnectionStatus status = statuses.get(channel.id());
            Optional<ChannelConnection> connection = readable(ente, channel.id(), status);
            rows.add(new ChannelRow(channel, status, connection.map(this::view).orElse(null),
                    connection.map(ChannelConnection::settings).orElse(Map.of()),
                    connection.map(c -> c.secrets().values().keySet().stream().sorted().toList()).orElse(List.of()),
                    forms(channel, status)));
        }
        Map<String, Capabilities> capabilities = new HashMap<>();
        rows.stream().filter(r -> r.capabilities() != null)
                .forEach(r -> capabilities.put(r.channel().id(), r.capabilities().capabilities()));
        model.addAttribute("rows", rows);
        model.addAttribute("canChange", member.can(ente, Role.ADMIN));
        model.addAttribute("canSettle", member.can(ente, SETTLERS));
        model.addAttribute("pending", outbox.entries(ente, List.of(ActionState.PENDING, ActionState.IN_FLIGHT), OUTBOX_LIMIT));
        model.addAttribute("dead", outbox.entries(ente, List.of(ActionState.DEAD), OUTBOX_LIMIT));
        model.addAttribute("manual", outbox.entries(ente, List.of(ActionState.MANUAL), OUTBOX_LIMIT).stream()
                .map(e -> new ManualRow(e, platforms.get(e.channelId()), capabilities.containsKey(e.channelId())
                        && capabilities.get(e.channelId()).allows(e.action().kind()))).toList());
        return "console/channels";
    }

    /** Connects a channel (or replaces its connection); a secret left blank keeps the one stored. */
    @PostMapping("/console/{ente}/canali/{canale}/collega")
    String connect(@PathVariable String ente, @PathVariable String canale, @RequestParam String connettore,
            @RequestParam Map<String, String> form, Principal principal, Locale locale, RedirectAttributes redirect) {
        StaffMember member = frame.require(principal, ente, Role.ADMIN);
        if (policies.current(ente).flatMap(p -> p.policy().channel(canale)).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Canale sconosciuto: " + canale);
        }
        Optional<Connector> connector = connectors.connector(connettore);
        if (connector.isEmpty()) {
            redirect.addFlashAttribute("problem", messages.getMessage("channels.unknownConnector", new Object[] {connettore}, locale));
            return "redirect:/console/" + ente + "/canali";
        }
        Map<String, String> settings = new LinkedHashMap<>();
        connector.get().settings().keySet().forEach(name -> {
            String value = form.getOrDefault(SETTING + name, "").strip();
            if (!value.isEmpty()) {
                settings.put(name, value);
            }
        });
        Map<String, String> secrets = new HashMap<>();
        try {
            Optional<ChannelConnection> current = connections.find(ente, canale)
                    .filter(c -> c.connector().equals(connettore));
            current.ifPresent(c -> secrets.putAll(c.secrets().values()));
        } catch (IllegalStateException e) {
            // stored secrets that cannot be read any more are replaced by the ones entered now
        }
        connector.get().secrets().keySet().forEach(name -> {
            String value = form.getOrDefault(SECRET + name, "");
            if (!value.isBlank()) {
                secrets.put(name, value.strip());
            }
        });
        try {
            connections.connect(ente, canale, connettore, null, settings, new Secrets(secrets), member.username());
            redirect.addFlashAttribute("notice", messages.getMessage("channels.connected", new Object[] {canale, connettore}, locale));
        } catch (IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("problem", messages.getMessage("channels.notConnected", new Object[] {e.getMessage()}, locale));
        }
        return "redirect:/console/" + ente + "/canali";
    }

    /** Puts a dead letter back in the queue. */
    @PostMapping("/console/{ente}/canali/azioni/{id}/riprova")
    String retry(@PathVariable String ente, @PathVariable UUID id, Principal principal, Locale locale,
            RedirectAttributes redirect) {
        StaffMember member = frame.require(principal, ente, Role.ADMIN);
        if (outbox.retry(ente, id, member.username())) {
            redirect.addFlashAttribute("notice", messages.getMessage("channels.retried", null, locale));
        } else {
            redirect.addFlashAttribute("problem", messages.getMessage("channels.notRetried", null, locale));
        }
        return "redirect:/console/" + ente + "/canali";
    }

    /**
     * Records that a person carried out by hand an action the platform's API could not ({@code esito=fatta}),
     * or that it is no longer needed ({@code esito=non-serve}).
     */
    @PostMapping("/console/{ente}/canali/azioni/{id}/a-mano")
    String settle(@PathVariable String ente, @PathVariable UUID id, @RequestParam String esito, Principal principal,
            Locale locale, RedirectAttributes redirect) {
        StaffMember member = frame.require(principal, ente, SETTLERS);
        boolean done = switch (esito) {
            case "fatta" -> true;
            case "non-serve" -> false;
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "esito must be fatta or non-serve");
        };
        if (outbox.settle(ente, id, done, member.username()).isPresent()) {
            redirect.addFlashAttribute("notice", messages.getMessage(
                    done ? "channels.settled.done" : "channels.settled.dismissed", null, locale));
        } else {
            redirect.addFlashAttribute("problem", messages.getMessage("channels.notSettled", null, locale));
        }
        return "redirect:/console/" + ente + "/canali";
    }

    private Optional<ChannelConnection> readable(String ente, String channelId, @Nullable ConnectionStatus status) {
        if (status == null) {
            return Optional.empty();
        }
        try {
            return connections.find(ente, channelId).filter(c -> connectors.connector(c.connector()).isPresent());
        } catch (IllegalStateException e) {
            // the secrets cannot be decrypted with the key of this node: the state is still shown
            return Optional.empty();
        }
    }

    private CapabilityView view(ChannelConnection connection) {
        Capabilities capabilities = connectors.capabilities(connection);
        Map<ActionKind, String> missing = new LinkedHashMap<>();
        for (ActionKind kind : ActionKind.values()) {
            if (!capabilities.allows(kind)) {
                missing.put(kind, fallback(kind, capabilities));
            }
        }
        return new CapabilityView(capabilities, Arrays.stream(ActionKind.values()).filter(capabilities::allows).toList(),
                missing);
    }

    /** @return the message key of what Piazza does where the platform does not allow {@code kind} (see ActionPlan) */
    static String fallback(ActionKind kind, Capabilities capabilities) {
        return switch (kind) {
            case REMOVE -> capabilities.allows(ActionKind.HIDE) ? "channels.fallback.REMOVE.hide" : "channels.fallback.person";
            case BAN -> capabilities.allows(ActionKind.HIDE) ? "channels.fallback.BAN.hide" : "channels.fallback.person";
            case UNBAN -> capabilities.allows(ActionKind.BAN) && capabilities.allows(ActionKind.HIDE)
                    ? "channels.fallback.UNBAN.hide" : "channels.fallback.person";
            case REPLY_PRIVATE -> "channels.fallback.REPLY_PRIVATE";
            case HIDE, UNHIDE, REPLY_PUBLIC, PUBLISH -> "channels.fallback.person";
        };
    }

    private List<ConnectorForm> forms(Channel channel, @Nullable ConnectionStatus status) {
        List<String> ids = new ArrayList<>();
        RealConnectors.of(channel.platform()).filter(id -> connectors.connector(id).isPresent()).ifPresent(ids::add);
        if (status != null && !ids.contains(status.connector())) {
            ids.add(status.connector());
        }
        if (!ids.contains("sandbox")) {
            ids.add("sandbox");
        }
        return ids.stream().map(connectors::connector).flatMap(Optional::stream)
                .map(c -> new ConnectorForm(c.id(), c.settings(), c.secrets())).toList();
    }
}
