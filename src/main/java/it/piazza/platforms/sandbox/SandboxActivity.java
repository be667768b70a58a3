package it.piazza.platforms.sandbox;

import it.piazza.platforms.ChannelConnections;
import it.piazza.policy.Presets;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * With {@code piazza.sandbox.generator.enabled=true}: every {@code piazza.sandbox.generator.interval} (default
 * 4 seconds) one new post, comment, reply or private message on the sandbox pages of the five preset entes,
 * from {@link ActivityGenerator} with the seed {@code piazza.sandbox.generator.seed}. Citizens' items reach the
 * engine through {@link Sandbox#write}, as a platform's would; a banned author's comment is refused by the page.
 */
@Component
@ConditionalOnProperty(name = "piazza.sandbox.generator.enabled", havingValue = "true")
class SandboxActivity {

    private static final Logger log = LoggerFactory.getLogger(SandboxActivity.class);

    private final Sandbox sandbox;
    private final SandboxState state;
    private final ChannelConnections connections;
    private final ActivityGenerator generator;

    SandboxActivity(Sandbox sandbox, SandboxState state, ChannelConnections connections,
            @Value("${piazza.sandbox.generator.seed:2026}") long seed) {
        this.sandbox = sandbox;
        this.state = state;
        this.connections = connections;
        this.generator = new ActivityGenerator(seed);
    }

    @Scheduled(fixedDelayString = "${piazza.sandbox.generator.interval:PT4S}",
            initialDelayString = "${piazza.sandbox.generator.interval:PT4S}")
    void tick() {
        try {
            step();
        } catch (RuntimeException e) {
            log.warn("Sandbox activity skipped: {}", e.toString());
        }
    }

    /** @return what was written, or empty when no preset ente has a sandbox page yet */
    Optional<Activity> step() {
        List<ActivityGenerator.PageView> pages = Presets.IDS.stream()
                .flatMap(ente -> connections.statuses(ente).stream()
                        .filter(s -> SandboxConnector.ID.equals(s.connector()))
                        .map(s -> new ActivityGenerator.PageView(ente, s.channelId(),
                                state.recentPosts(ente, s.channelId(), 3), state.recentComments(ente, s.channelId(), 5))))
                .toList();
        if (pages.isEmpty()) {
            return Optional.empty();
        }
        Activity activity = generator.next(pages);
        switch (activity) {
            case Activity.Post post -> sandbox.publish(post.enteId(), post.channelId(), post.text());
            case Activity.Written written -> {
                Sandbox.Written outcome = sandbox.write(written.enteId(), written.channelId(), written.kind(),
                        written.postId(), written.parentId(), written.author().name(), written.text());
                if (outcome instanceof Sandbox.Written.Refused refused) {
                    log.debug("Sandbox page {}/{} refused a comment: {}", written.enteId(), written.channelId(),
                            refused.reason());
                }
            }
        }
        return Optional.of(activity);
    }
}
