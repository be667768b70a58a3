package it.piazza.web.api;

import it.piazza.accounts.Role;
import it.piazza.moderation.InteractionKind;
import it.piazza.moderation.InteractionRejected;
import it.piazza.moderation.Moderation;
import it.piazza.moderation.NewInteraction;
import it.piazza.moderation.Received;
import it.piazza.web.EnteAccess;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/interactions}: one interaction (a JSON object) or a batch (a JSON array of at most
 * {@value #MAX_BATCH}). Each is stored once per channel and platform id and decided at once. A single bad
 * interaction gets a 4xx problem detail naming the field; in a batch the valid ones are stored and the bad
 * ones reported, each with its index. A batch is stored in one transaction, so that it costs one commit and
 * one append to each audit chain; should that transaction fail, each interaction is received on its own.
 */
@RestController
@RequestMapping("/api")
class InteractionsApi {

    static final int MAX_BATCH = 500;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Moderation moderation;
    private final EnteAccess access;
    private final TransactionOperations transactions;

    InteractionsApi(Moderation moderation, EnteAccess access, TransactionOperations transactions) {
        this.moderation = moderation;
        this.access = access;
        this.transactions = transactions;
    }

    @PostMapping(value = "/interactions", consumes = "application/json")
    ResponseEntity<?> receive(@RequestBody String body, Principal principal) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            return Problems.of(HttpStatus.BAD_REQUEST, "Malformed JSON",
                    "The body is not valid JSON: " + e.getOriginalMessage(), "body");
        }
        if (root.isArray()) {
            return batch((ArrayNode) root, principal);
        }
        if (!root.isObject()) {
            return Problems.of(HttpStatus.BAD_REQUEST, "Invalid interaction",
                    "The body must be an interaction (a JSON object) or a batch (a JSON array)", "body");
        }
        try {
            Received received = receiveOne(root, principal, new HashSet<>());
            ObjectNode result = DecisionJson.received(received);
            return received.duplicate() ? ResponseEntity.ok(result)
                    : ResponseEntity.created(URI.create("/api/enti/" + received.interaction().enteId() + "/decisions/"
                            + received.decision().id())).body(result);
        } catch (FieldProblem e) {
            return Problems.of(e.status, "Invalid interaction", e.getMessage(), e.field);
        }
    }

    @GetMapping("/enti/{ente}/decisions/{id}")
    ResponseEntity<?> decision(@PathVariable String ente, @PathVariable UUID id, Principal principal) {
        access.require(principal, ente, Role.MODERATOR, Role.MANAGER, Role.ADMIN, Role.AUDITOR, Role.VIEWER);
        return moderation.decision(ente, id).<ResponseEntity<?>>map(d -> ResponseEntity.ok(DecisionJson.decision(d)))
                .orElseGet(() -> Problems.of(HttpStatus.NOT_FOUND, "Decision not found",
                        "No decision " + id + " for ente " + ente, "id"));
    }

    private ResponseEntity<?> batch(ArrayNode items, Principal principal) {
        if (items.size() > MAX_BATCH) {
            return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "Batch too large",
                    "A batch holds at most " + MAX_BATCH + " interactions; this one has " + items.size()
                            + ". Split it into smaller batches.", "body");
        }
        ObjectNode response = JSON.createObjectNode();
        ArrayNode results;
        try {
            results = transactions.execute(status -> receiveAll(items, principal));
        } catch (TransientDataAccessException e) {
            // e.g. a deadlock with another batch holding some of the same interactions in another order
            results = receiveAll(items, principal);
        }
        int rejected = (int) results.valueStream().filter(r -> "rejected".equals(r.path("status").asString())).count();
        response.set("results", results);
        response.put("accepted", items.size() - rejected);
        response.put("rejected", rejected);
        return ResponseEntity.ok(response);
    }

    private ArrayNode receiveAll(ArrayNode items, Principal principal) {
        ArrayNode results = JSON.createArrayNode();
        Set<String> permitted = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            ObjectNode result;
            try {
                result = DecisionJson.received(receiveOne(items.get(i), principal, permitted));
            } catch (FieldProblem e) {
                result = JSON.createObjectNode();
                result.put("status", "rejected");
                result.put("field", "[" + i + "]." + e.field);
                result.put("detail", e.getMessage());
            }
            result.put("index", i);
            results.add(result);
        }
        return results;
    }

    /** @param permitted the entes the signed-in person was already found to act for */
    private Received receiveOne(JsonNode item, Principal principal, Set<String> permitted) {
        if (!item.isObject()) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "", "each interaction must be a JSON object");
        }
        String ente = text(item, "ente", true);
        if (!permitted.contains(ente)) {
            try {
                access.require(principal, ente, Role.MODERATOR, Role.MANAGER, Role.ADMIN);
            } catch (org.springframework.web.server.ResponseStatusException e) {
                throw new FieldProblem(HttpStatus.FORBIDDEN, "ente", e.getReason() == null ? "forbidden" : e.getReason());
            }
            permitted.add(ente);
        }
        String kindText = text(item, "kind", false);
        InteractionKind kind;
        try {
            kind = kindText == null ? InteractionKind.COMMENT : InteractionKind.valueOf(kindText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "kind", "unknown kind \"" + kindText
                    + "\"; expected one of " + List.of(InteractionKind.values()));
        }
        NewInteraction incoming = new NewInteraction(text(item, "channel", true), kind, text(item, "platform_id", true),
                nested(item, "post", "id"), nested(item, "post", "text"), text(item, "parent_id", false),
                nested(item, "author", "id"), nested(item, "author", "name"), text(item, "text", true), createdAt(item));
        try {
            return moderation.receive(ente, incoming);
        } catch (InteractionRejected e) {
            throw new FieldProblem("ente".equals(e.field()) ? HttpStatus.NOT_FOUND : HttpStatus.UNPROCESSABLE_CONTENT,
                    e.field(), e.getMessage());
        }
    }

    private static String text(JsonNode item, String field, boolean required) {
        JsonNode value = item.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new FieldProblem(HttpStatus.BAD_REQUEST, field, "missing required field \"" + field + "\"");
            }
            return null;
        }
        if (!value.isString() || (required && value.asString().isBlank())) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, field, "field \"" + field + "\" must be a non-empty string");
        }
        return value.asString();
    }

    private static @Nullable String nested(JsonNode item, String object, String field) {
        JsonNode parent = item.get(object);
        if (parent == null || parent.isNull()) {
            return null;
        }
        if (!parent.isObject()) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, object, "field \"" + object + "\" must be an object");
        }
        try {
            return text(parent, field, false);
        } catch (FieldProblem e) {
            throw new FieldProblem(e.status, object + "." + field, e.getMessage());
        }
    }

    private static Instant createdAt(JsonNode item) {
        String value = text(item, "created_at", true);
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new FieldProblem(HttpStatus.BAD_REQUEST, "created_at",
                    "\"" + value + "\" is not an ISO date-time with offset, e.g. 2026-03-02T10:15:00+01:00");
        }
    }

    /** A bad field of one interaction. */
    static final class FieldProblem extends RuntimeException {
        final HttpStatus status;
        final String field;

        FieldProblem(HttpStatus status, String field, String message) {
            super(message);
            this.status = status;
            this.field = field;
        }
    }
}
