package it.piazza.platforms.sandbox;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;
import it.piazza.accounts.Role;
import it.piazza.accounts.StaffAccounts;
import it.piazza.accounts.StaffMember;
import it.piazza.inbox.Conversation;
import it.piazza.inbox.Inbox;
import it.piazza.inbox.InboxFilter;
import it.piazza.inbox.ReplyOutcome;
import it.piazza.moderation.AppealOutcome;
import it.piazza.moderation.Appeals;
import it.piazza.moderation.Decision;
import it.piazza.moderation.InteractionKind;
import it.piazza.moderation.Moderation;
import it.piazza.moderation.NewInteraction;
import it.piazza.platforms.ActionKind;
import it.piazza.platforms.ActionOutbox;
import it.piazza.platforms.ActionOutcome;
import it.piazza.platforms.ActionState;
import it.piazza.platforms.ChannelConnection;
import it.piazza.platforms.ChannelConnections;
import it.piazza.platforms.ConnectionStatus;
import it.piazza.platforms.PlatformAction;
import it.piazza.policy.Channel;
import it.piazza.policy.ChannelStatus;
import it.piazza.policy.ContentAction;
import it.piazza.policy.PolicyVersions;
import it.piazza.policy.Presets;
import it.piazza.testsupport.DistinctWords;
import it.piazza.testsupport.EmbeddedDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sandbox platform with the whole application, on H2 and on PostgreSQL: channels connected at start,
 * citizens' comments received by the engine, decisions carried out through the outbox on the page exactly once,
 * reversals, bans, confirmation after a lost answer, refusals.
 */
class SandboxIntegrationTests {

    @Nested
    @SpringBootTest(properties = {"piazza.sandbox.enabled=true", "piazza.demo=false", "piazza.outbox.poll=PT0.05S"})
    class OnH2 extends Scenarios {
        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            EmbeddedDatabases.h2(registry);
        }
    }

    @Nested
    @SpringBootTest(properties = {"piazza.sandbox.enabled=true", "piazza.demo=false", "piazza.outbox.poll=PT0.05S"})
    class OnPostgres extends Scenarios {
        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            EmbeddedDatabases.postgres(registry);
        }
    }

    abstract static class Scenarios {

        private static final String MASSA = "comune-massa";
        private static final Duration WAIT = Duration.ofSeconds(15);

        @Autowired
        Sandbox sandbox;
        @Autowired
        Inbox inbox;
        @Autowired
        StaffAccounts staff;
        @Autowired
        SandboxProvisioning provisioning;
        @Autowired
        SandboxConnector connector;
        @Autowired
        ChannelConnections connections;
        @Autowired
        ActionOutbox outbox;
        @Autowired
        Appeals appeals;
        @Autowired
        PolicyVersions policies;
        @Autowired
        Moderation moderation;
        @Autowired
        SandboxState state;
        @Autowired
        org.springframework.jdbc.core.simple.JdbcClient jdbc;

        @Test
        void everyActiveChannelGetsASandboxPageAtStartAndARestartChangesNothing() {
            for (String ente : Presets.IDS) {
                List<String> active = policies.current(ente).orElseThrow().policy().channels().stream()
                        .filter(c -> c.status() == ChannelStatus.ACTIVE).map(Channel::id).sorted().toList();
                assertThat(connections.statuses(ente)).as(ente)
                        .allSatisfy(s -> assertThat(s.connector()).isEqualTo("sandbox"))
                        .extracting(ConnectionStatus::channelId).containsExactlyInAnyOrderElementsOf(active);
            }
            assertThat(connections.statuses("provincia-monza-brianza")).extracting(ConnectionStatus::channelId)
                    .doesNotContain("pinterest", "issuu");

            assertThat(provisioning.connectAll()).isZero();
        }

        @Test
        void theGeneratorWritesOnTheFiveEntesPagesAndEveryCitizensItemReachesTheEngine() {
            SandboxActivity activity = new SandboxActivity(sandbox, state, connections, 99);
            long before = citizensItems();
            List<Activity> written = new java.util.ArrayList<>();
            for (int i = 0; i < 80; i++) {
                written.add(activity.step().orElseThrow());
            }

            assertThat(written.stream().filter(a -> a instanceof Activity.Post).map(Activity::enteId).distinct())
                    .containsExactlyInAnyOrderElementsOf(Presets.IDS);
            long comments = written.stream().filter(a -> a instanceof Activity.Written).count();
            assertThat(citizensItems() - before).isPositive().isLessThanOrEqualTo(comments);
            assertThat(jdbc.sql("select count(*) from sandbox_item where not by_ente and decision_id is null")
                    .query(Long.class).single()).isZero();
        }

        private long citizensItems() {
            return jdbc.sql("select count(*) from sandbox_item where not by_ente").query(Long.class).single();
        }

        @Test
        void aGeneratedInsultUnderAMassaPostIsRemovedThroughTheOutboxExactlyOnce() {
            String post = sandbox.publish(MASSA, "facebook", Repertoire.POSTS.get(MASSA).getFirst()).orElseThrow();
            Activity.Written insult = generated(Tone.INSULT, post, text -> true);

            SandboxItem item = delivered(sandbox.write(MASSA, "facebook", insult.kind(), insult.postId(), null,
                    insult.author().name(), insult.text()));

            await("the insult removed on the page").atMost(WAIT).until(() -> visibility(item) == Visibility.REMOVED);
            SandboxItem removed = sandbox.item(MASSA, "facebook", item.id()).orElseThrow();
            assertThat(removed.decisionAction()).isEqualTo(ContentAction.REMOVE);
            assertThat(removed.decidedBy()).isEqualTo(Decision.AUTOMATED);
            await("the removal recorded as done").atMost(WAIT).until(() -> outbox.ofDecision(MASSA, removed.decisionId()).stream()
                    .anyMatch(e -> e.action().kind() == ActionKind.REMOVE && e.state() == ActionState.DONE));
            assertThat(sandbox.changes(MASSA, "facebook", ActionKind.REMOVE, item.id())).isEqualTo(1);
            assertThat(sandbox.pages(MASSA)).filteredOn(p -> p.channelId().equals("facebook")).singleElement()
                    .satisfies(p -> assertThat(p.posts()).filteredOn(x -> x.id().equals(post)).singleElement()
                            .satisfies(x -> assertThat(x.threads()).extracting(t -> t.comment().visibility())
                                    .containsExactly(Visibility.REMOVED)));
        }

        @Test
        void aCommentReceivedFromElsewhereAppearsOnThePageAndIsActedOnThere() {
            String id = "api-" + UUID.randomUUID();
            moderation.receive(MASSA, new NewInteraction("facebook", InteractionKind.COMMENT, id, "api-post",
                    "Nuovi orari dell'isola ecologica", null, "u-api", "Luca Neri", "Siete dei buffoni e degli imbecilli",
                    Instant.now()));

            await("the comment removed on the page").atMost(WAIT).until(() -> sandbox.item(MASSA, "facebook", id)
                    .map(i -> i.visibility() == Visibility.REMOVED).orElse(false));
            assertThat(sandbox.pages(MASSA)).filteredOn(p -> p.channelId().equals("facebook")).singleElement()
                    .satisfies(p -> assertThat(p.posts()).filteredOn(x -> x.id().equals("api-post")).singleElement()
                            .satisfies(x -> assertThat(x.threads()).extracting(t -> t.comment().id()).containsExactly(id)));
        }

        @Test
        void aReversalOnAppealShowsAHiddenCommentAgain() {
            String post = sandbox.publish(MASSA, "instagram", Repertoire.POSTS.get(MASSA).get(1)).orElseThrow();
            // the easy-money offer: Massa's policy hides advertising
            Activity.Written spam = generated(Tone.SPAM, post, text -> text.startsWith("Guadagna"));
            SandboxItem item = delivered(sandbox.write(MASSA, "instagram", InteractionKind.COMMENT, post, null,
                    spam.author().name(), spam.text()));
            await("the spam hidden on the page").atMost(WAIT).until(() -> visibility(item) == Visibility.HIDDEN);
            UUID hiding = sandbox.item(MASSA, "instagram", item.id()).orElseThrow().decisionId();

            AppealOutcome filed = appeals.file(hiding, "Era un'offerta vera, non spam", null);
            assertThat(filed).isInstanceOf(AppealOutcome.Done.class);
            assertThat(appeals.decide(MASSA, ((AppealOutcome.Done) filed).appeal().id(), "responsabile-prova", true,
                    "Il commento torna visibile")).isInstanceOf(AppealOutcome.Done.class);

            await("the comment visible again").atMost(WAIT).until(() -> visibility(item) == Visibility.VISIBLE);
            assertThat(sandbox.changes(MASSA, "instagram", ActionKind.HIDE, item.id())).isEqualTo(1);
            assertThat(sandbox.changes(MASSA, "instagram", ActionKind.UNHIDE, item.id())).isEqualTo(1);
        }

        @Test
        void aBanStopsTheAuthorsCommentsOnThatPageOnly() {
            String ente = "comune-porto-sant-elpidio";
            String post = sandbox.publish(ente, "facebook", Repertoire.POSTS.get(ente).getFirst()).orElseThrow();
            sandbox.publish(ente, "instagram", Repertoire.POSTS.get(ente).get(1));
            String instagramPost = sandbox.pages(ente).stream().filter(p -> p.channelId().equals("instagram"))
                    .findFirst().orElseThrow().posts().getFirst().id();
            String author = Sandbox.authorId("Nadia Ferretti");

            ActionOutcome banned = connector.perform(connection(ente, "facebook"),
                    new PlatformAction(ActionKind.BAN, author, null, author, null, null, null), "ban-1");

            assertThat(banned).isEqualTo(new ActionOutcome.Done(author));
            assertThat(sandbox.changes(ente, "facebook", ActionKind.BAN, author)).isEqualTo(1);
            assertThat(sandbox.write(ente, "facebook", InteractionKind.COMMENT, post, null, "Nadia Ferretti",
                    "Il salvataggio c'è anche a giugno?")).isInstanceOf(Sandbox.Written.Refused.class);
            assertThat(sandbox.write(ente, "instagram", InteractionKind.COMMENT, instagramPost, null, "Nadia Ferretti",
                    "Il salvataggio c'è anche a giugno?")).isInstanceOf(Sandbox.Written.Delivered.class);
            assertThat(sandbox.pages(ente)).filteredOn(p -> p.channelId().equals("facebook")).singleElement()
                    .satisfies(p -> assertThat(p.bans()).extracting(SandboxPage.Ban::authorId).containsExactly(author));
        }

        @Test
        void confirmLooksAtThePageBeforeAnActionIsAttemptedAgain() {
            String ente = "provincia-monza-brianza";
            String post = sandbox.publish(ente, "facebook", Repertoire.POSTS.get(ente).getFirst()).orElseThrow();
            SandboxItem comment = delivered(sandbox.write(ente, "facebook", InteractionKind.COMMENT, post, null,
                    "Giovanna Pieri", "Il ponte di Albiate resta aperto ai pedoni?"));
            ChannelConnection connection = connection(ente, "facebook");
            PlatformAction hide = new PlatformAction(ActionKind.HIDE, comment.id(), post, comment.authorId(), null, null, null);
            PlatformAction reply = new PlatformAction(ActionKind.REPLY_PUBLIC, comment.id(), post, comment.authorId(),
                    "Sì, il passaggio pedonale resta aperto.", null, null);

            assertThat(connector.confirm(connection, hide, "k-hide")).isEmpty();
            assertThat(connector.confirm(connection, reply, "k-reply")).isEmpty();
            assertThat(connector.perform(connection, hide, "k-hide")).isEqualTo(new ActionOutcome.Done(comment.id()));
            ActionOutcome replied = connector.perform(connection, reply, "k-reply");

            assertThat(connector.confirm(connection, hide, "k-hide")).contains(new ActionOutcome.Done(comment.id()));
            assertThat(connector.confirm(connection, reply, "k-reply")).contains(replied);
            assertThat(sandbox.changes(ente, "facebook", ActionKind.REPLY_PUBLIC, comment.id())).isEqualTo(1);
            assertThat(sandbox.pages(ente)).filteredOn(p -> p.channelId().equals("facebook")).singleElement()
                    .satisfies(p -> assertThat(p.posts().getFirst().threads().getFirst().replies()).singleElement()
                            .satisfies(r -> {
                                assertThat(r.byEnte()).isTrue();
                                assertThat(r.text()).isEqualTo("Sì, il passaggio pedonale resta aperto.");
                            }));
        }

        @Test
        void aPrivateMessageReachesTheInboxAndTheOperatorsAnswerReachesThePage() {
            String suffix = DistinctWords.next();
            SandboxItem message = delivered(sandbox.write(MASSA, "facebook", InteractionKind.PRIVATE_MESSAGE, null, null,
                    "Sara Neri " + suffix, "Buongiorno, come posso prenotare il ritiro degli ingombranti? " + suffix));
            Conversation conversation = inbox.list(MASSA, InboxFilter.none(), 500).stream()
                    .filter(c -> message.authorId().equals(c.authorId())).findFirst().orElseThrow();
            StaffMember operator = staff.create("operatore-" + suffix, "Operatore", "password-" + suffix,
                    java.util.Map.of(MASSA, java.util.Set.of(Role.EDITOR)));
            String answer = "Può prenotarlo online dal sito del Comune o chiamando il numero verde. " + suffix;

            assertThat(inbox.reply(MASSA, conversation.id(), operator, answer)).isInstanceOf(ReplyOutcome.Sent.class);

            await("the answer on the sandbox page").atMost(WAIT).until(() -> sandbox.pages(MASSA).stream()
                    .filter(p -> p.channelId().equals("facebook"))
                    .flatMap(p -> p.conversations().stream())
                    .filter(c -> c.message().id().equals(message.id()))
                    .anyMatch(c -> c.answers().stream().anyMatch(a -> a.text().equals(answer))));
        }

        @Test
        void privateMessagesAndTheEntesPrivateAnswersShowAsConversations() {
            String ente = "comune-porto-sant-elpidio";
            String post = sandbox.publish(ente, "instagram", Repertoire.POSTS.get(ente).get(2)).orElseThrow();
            SandboxItem message = delivered(sandbox.write(ente, "instagram", InteractionKind.PRIVATE_MESSAGE, null, null,
                    "Teresa Gallo", "Posso portare il cane in spiaggia la sera?"));
            SandboxItem comment = delivered(sandbox.write(ente, "instagram", InteractionKind.COMMENT, post, null,
                    "Lucia Fabbri", "Vale anche per i cani piccoli?"));
            ChannelConnection connection = connection(ente, "instagram");

            connector.perform(connection, new PlatformAction(ActionKind.REPLY_PRIVATE, message.id(), null,
                    message.authorId(), "Sì, dopo le 19 nella spiaggia attrezzata.", null, null), "pm-1");
            connector.perform(connection, new PlatformAction(ActionKind.REPLY_PRIVATE, comment.id(), post,
                    comment.authorId(), "Le scriviamo in privato: vale per tutti i cani.", null, null), "pm-2");

            assertThat(sandbox.pages(ente)).filteredOn(p -> p.channelId().equals("instagram")).singleElement()
                    .satisfies(p -> assertThat(p.conversations())
                            .anySatisfy(c -> {
                                assertThat(c.message().id()).isEqualTo(message.id());
                                assertThat(c.answers()).extracting(SandboxItem::text)
                                        .contains("Sì, dopo le 19 nella spiaggia attrezzata.");
                            })
                            .anySatisfy(c -> {
                                assertThat(c.message().id()).isEqualTo(comment.id());
                                assertThat(c.answers()).extracting(SandboxItem::text)
                                        .contains("Le scriviamo in privato: vale per tutti i cani.");
                            }));
        }

        @Test
        void aRemovedCommentCannotComeBackAndASimulatedFailureRefusesEveryAction() {
            String ente = "mit";
            String post = sandbox.publish(ente, "facebook", Repertoire.POSTS.get(ente).getFirst()).orElseThrow();
            SandboxItem comment = delivered(sandbox.write(ente, "facebook", InteractionKind.COMMENT, post, null, "Pietro Mancini",
                    "L'uscita di Calenzano resta aperta di notte?"));
            ChannelConnection connection = connection(ente, "facebook");
            connector.perform(connection, new PlatformAction(ActionKind.REMOVE, comment.id(), post, null, null, null, null), "k1");

            assertThat(connector.perform(connection, new PlatformAction(ActionKind.UNHIDE, comment.id(), post, null, null,
                    null, null), "k2")).isInstanceOf(ActionOutcome.Refused.class);
            assertThat(connector.perform(connection, new PlatformAction(ActionKind.HIDE, "c-inesistente", post, null, null,
                    null, null), "k3")).isInstanceOf(ActionOutcome.Refused.class);
            sandbox.simulateFailure(ente, "facebook", "Errore simulato: servizio non disponibile");
            assertThat(connector.perform(connection, new PlatformAction(ActionKind.PUBLISH, "facebook", null, null, "Avviso",
                    null, null), "k4")).isEqualTo(new ActionOutcome.Refused("Errore simulato: servizio non disponibile"));
            sandbox.simulateFailure(ente, "facebook", null);

            assertThat(sandbox.changes(ente, "facebook", ActionKind.REMOVE, comment.id())).isEqualTo(1);
            assertThat(sandbox.changes(ente, "facebook", ActionKind.UNHIDE, comment.id())).isZero();
            assertThat(sandbox.changes(ente, "facebook", ActionKind.PUBLISH, "facebook")).isZero();
        }

        /** @return a comment of the tone the generator writes under the post of Massa's page */
        private static Activity.Written generated(Tone tone, String post, java.util.function.Predicate<String> text) {
            ActivityGenerator generator = new ActivityGenerator(2026);
            List<ActivityGenerator.PageView> page = List.of(new ActivityGenerator.PageView(MASSA, "facebook", List.of(post), List.of()));
            for (int i = 0; i < 10_000; i++) {
                if (generator.next(page) instanceof Activity.Written w && w.tone() == tone && w.kind() == InteractionKind.COMMENT
                        && text.test(w.text())) {
                    return w;
                }
            }
            throw new AssertionError("the generator wrote no " + tone);
        }

        private ChannelConnection connection(String ente, String channel) {
            return connections.find(ente, channel).orElseThrow();
        }

        private static SandboxItem delivered(Sandbox.Written written) {
            assertThat(written).isInstanceOf(Sandbox.Written.Delivered.class);
            return ((Sandbox.Written.Delivered) written).item();
        }

        private Visibility visibility(SandboxItem item) {
            return sandbox.item(item.enteId(), item.channelId(), item.id()).orElseThrow().visibility();
        }

    }
}
