package it.piazza.web.api;

import it.piazza.moderation.Decision;
import it.piazza.moderation.Received;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The JSON shape of decisions in the API. */
final class DecisionJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DecisionJson() {
    }

    static ObjectNode received(Received received) {
        ObjectNode node = JSON.createObjectNode();
        node.put("status", received.duplicate() ? "duplicate" : "created");
        node.put("interaction", received.interaction().id().toString());
        node.put("state", received.interaction().state().name());
        node.set("decision", decision(received.decision()));
        return node;
    }

    static ObjectNode decision(Decision decision) {
        ObjectNode node = JSON.valueToTree(decision);
        ObjectNode dsa = node.putObject("dsa");
        dsa.put("decision_ground", decision.reasons().dsaDecisionGround());
        dsa.put("decision_visibility", decision.reasons().dsaDecisionVisibility());
        dsa.put("automated_decision", decision.reasons().dsaAutomatedDecision());
        dsa.put("automated_detection", decision.reasons().automatedDetection() ? "Yes" : "No");
        return node;
    }
}
