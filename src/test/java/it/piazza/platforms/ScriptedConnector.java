package it.piazza.platforms;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A connector whose answers a test writes in advance, per target; it records every call. For testing the
 * outbox itself; the real connectors are tested against fakes of their platforms.
 */
final class ScriptedConnector implements Connector {

    record Call(ActionKind kind, String target, Instant at) {
    }

    private final Map<String, Deque<ActionOutcome>> script = new ConcurrentHashMap<>();
    private final Set<String> shownDone = ConcurrentHashMap.newKeySet();
    final List<Call> performed = new CopyOnWriteArrayList<>();
    final List<String> confirmed = new CopyOnWriteArrayList<>();
    private volatile Capabilities capabilities = Capabilities.of(Set.of(ActionKind.values()), Receiving.WEBHOOK);

    @Override
    public String id() {
        return "scripted";
    }

    @Override
    public Capabilities capabilities(ChannelConnection connection) {
        return capabilities;
    }

    void capabilities(Capabilities capabilities) {
        this.capabilities = capabilities;
    }

    /** The next calls on {@code target} answer these, in order; afterwards, Done. */
    void answer(String target, ActionOutcome... outcomes) {
        script.put(target, new ArrayDeque<>(List.of(outcomes)));
    }

    /** {@link #confirm} shows the action on {@code target} as done. */
    void showDone(String target) {
        shownDone.add(target);
    }

    @Override
    public ActionOutcome perform(ChannelConnection connection, PlatformAction action, String idempotencyKey) {
        performed.add(new Call(action.kind(), action.targetId(), Instant.now()));
        Deque<ActionOutcome> next = script.get(action.targetId());
        ActionOutcome outcome = next == null ? null : next.poll();
        return outcome != null ? outcome : new ActionOutcome.Done("ref-" + action.targetId());
    }

    @Override
    public Optional<ActionOutcome> confirm(ChannelConnection connection, PlatformAction action, String idempotencyKey) {
        confirmed.add(action.targetId());
        return shownDone.contains(action.targetId())
                ? Optional.of(new ActionOutcome.Done("confirmed-" + action.targetId())) : Optional.empty();
    }

    List<Call> calls(String target) {
        return performed.stream().filter(c -> c.target().equals(target)).toList();
    }
}
