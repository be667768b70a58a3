package it.piazza.platforms;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What a platform's API lets the ente's account do, declared by its connector (docs/platform-apis.md §0), so
 * that the engine picks a fallback where an action is impossible and the console can say so.
 *
 * @param actions the actions the API allows
 * @param receiving how new items arrive
 * @param windows actions allowed only within a time after the item was written (Meta's private reply: 7
 *        days; Telegram's delete: 48 hours)
 * @param irreversible actions the platform cannot undo (YouTube's rejection)
 */
public record Capabilities(Set<ActionKind> actions, Set<Receiving> receiving, Map<ActionKind, Duration> windows,
        Set<ActionKind> irreversible) {

    public Capabilities {
        actions = actions.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(actions));
        receiving = Set.copyOf(receiving);
        windows = Map.copyOf(windows);
        irreversible = Set.copyOf(irreversible);
    }

    /** @return capabilities with these actions, received this way, without windows or irreversible actions */
    public static Capabilities of(Set<ActionKind> actions, Receiving... receiving) {
        return new Capabilities(actions, Set.of(receiving), Map.of(), Set.of());
    }

    /** @return a copy where {@code kind} is allowed only within {@code window} of the item's creation */
    public Capabilities within(ActionKind kind, Duration window) {
        Map<ActionKind, Duration> w = new java.util.HashMap<>(windows);
        w.put(kind, window);
        return new Capabilities(actions, receiving, w, irreversible);
    }

    /** @return a copy where {@code kind} cannot be undone on the platform */
    public Capabilities cannotUndo(ActionKind kind) {
        Set<ActionKind> i = new java.util.HashSet<>(irreversible);
        i.add(kind);
        return new Capabilities(actions, receiving, windows, i);
    }

    /** @return whether the platform allows {@code kind} at all */
    public boolean allows(ActionKind kind) {
        return actions.contains(kind);
    }
}
