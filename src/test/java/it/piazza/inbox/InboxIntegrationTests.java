package it.piazza.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.accounts.Role;
import it.piazza.accounts.StaffAccounts;
import it.piazza.accounts.StaffMember;
import it.piazza.audit.AuditLog;
import it.piazza.detection.Intent;
import it.piazza.moderation.InteractionKind;
import it.piazza.moderation.Moderation;
import it.piazza.moderation.NewInteraction;
import it.piazza.moderation.Received;
import it.piazza.policy.ContentAction;
import it.piazza.testsupport.DistinctWords;
import it.piazza.testsupport.EmbeddedDatabases;
import it.piazza.testsupport.SettableClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The inbox end to end on both databases, on a clock the tests set: messages flow from the moderation engine
 * into conversations; emergencies and out-of-hours messages are answered at once; a person answers (after
 * approval where the policy requires it) and the reply leaves as {@link ReplyReady}; the assistant answers
 * from the FAQ only where the policy provides for it; response times count staffed minutes.
 */
class InboxIntegrationTests {

    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    /** Monday 9 March 2026, 10:00 in Rome: every preset is staffed. */
    static final Instant MONDAY_MORNING = LocalDateTime.parse("2026-03-09T10:00").atZone(ROME).toInstant();
    /** Saturday 7 March 2026, 22:00 in Rome: nobody is. */
    static final Instant SATURDAY_NIGHT = LocalDateTime.parse("2026-03-07T22:00").atZone(ROME).toInstant();

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        SettableClock settableClock() {
            return new SettableClock(MONDAY_MORNING);
        }
    }

    @Nested
    @SpringBootTest(properties = "piazza.demo=false")
    @Import(Clocks.class)
    @RecordApplicationEvents
    class OnH2 extends Scenarios {
        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            EmbeddedDatabases.h2(registry);
        }
    }

    @Nested
    @SpringBootTest(properties = "piazza.demo=false")
    @Import(Clocks.class)
    @RecordApplicationEvents
    class OnPostgres extends Scenarios {
        @DynamicPropertySource
        static void database(DynamicPropertyRegistry registry) {
            EmbeddedDatabases.postgres(registry);
        }
    }

    abstract static class Scenarios {

        @Autowired
        Moderation moderation;
        @Autowired
        Inbox inbox;
        @Autowired
        StaffAccounts staff;
        @Autowired
        AuditLog audit;
        @Autowired
        SettableClock clock;
        @Autowired
        Clock applicationClock;
        @Autowired
        ApplicationEvents events;

        String suffix;

        @BeforeEach
        void mondayMorning() {
            suffix = DistinctWords.next();
            clock.set(MONDAY_MORNING);
        }

        @Test
        void usesTheTestClock() {
            assertThat(applicationClock.instant()).isEqualTo(MONDAY_MORNING);
        }

        @Test
        void aPrivateMessageInStaffedHoursWaitsForAPersonWhoseReplyLeavesForThePlatform() {
            Received received = moderation.receive("comune-massa", message("Buongiorno, a che ora apre l'ufficio anagrafe? " + suffix));
            Conversation conversation = conversationOf(received);

            assertThat(conversation.state()).isEqualTo(ConversationState.NEW);
            assertThat(conversation.privateThread()).isTrue();
            assertThat(conversation.intent()).isEqualTo(Intent.INFO_REQUEST);
            assertThat(replies(received)).isEmpty();
            assertThat(inbox.draft("comune-massa", conversation.id()).orElseThrow().reply()).contains("Comune di Massa");

            clock.set(MONDAY_MORNING.plusSeconds(25 * 60));
            StaffMember editor = member("elena", Map.of("comune-massa", Set.of(Role.EDITOR)));
            ReplyOutcome outcome = inbox.reply("comune-massa", conversation.id(), editor, "L'anagrafe apre alle 8:30.");

            assertThat(outcome).isInstanceOf(ReplyOutcome.Sent.class);
            Reply sent = ((ReplyOutcome.Sent) outcome).reply();
            assertThat(sent.responseMinutes()).isEqualTo(25);
            assertThat(replies(received)).singleElement().satisfies(ready -> {
                assertThat(ready.replyId()).isEqualTo(sent.id());
                assertThat(ready.channelId()).isEqualTo("facebook");
                assertThat(ready.recipientAuthorId()).isEqualTo("autore-" + suffix);
                assertThat(ready.inReplyToPlatformId()).isEqualTo(received.interaction().platformId());
                assertThat(ready.privateMessage()).isTrue();
                assertThat(ready.text()).isEqualTo("L'anagrafe apre alle 8:30.");
            });
            assertThat(inbox.conversation("comune-massa", conversation.id()).orElseThrow().conversation().state())
                    .isEqualTo(ConversationState.ANSWERED);
            assertThat(audit.entries("comune-massa", null, 50).stream().filter(e -> e.subject().equals(conversation.id().toString())))
                    .anySatisfy(e -> assertThat(e.action()).isEqualTo("INBOX_REPLY_SENT"));
        }

        @Test
        void outOfHoursTheCitizenIsToldAtOnceWhenTheStaffWillReadItButOnlyOncePerNight() {
            clock.set(SATURDAY_NIGHT);
            Received first = moderation.receive("comune-massa", message("Vorrei sapere come iscrivere mio figlio alla mensa " + suffix));
            clock.set(SATURDAY_NIGHT.plusSeconds(600));
            moderation.receive("comune-massa", message("Aggiungo: è in prima elementare " + suffix, "2"));

            assertThat(replies(first)).singleElement().satisfies(ready ->
                    assertThat(ready.text()).contains("fuori dagli orari di presidio").contains("da lunedì 9 marzo 2026 alle 9:00")
                            .contains("112"));
            Conversation conversation = conversationOf(first);
            assertThat(conversation.state()).isEqualTo(ConversationState.NEW);

            clock.set(MONDAY_MORNING);
            StaffMember editor = member("ugo", Map.of("comune-massa", Set.of(Role.EDITOR)));
            Reply sent = ((ReplyOutcome.Sent) inbox.reply("comune-massa", conversation.id(), editor, "Ecco come fare.")).reply();

            assertThat(sent.responseMinutes()).as("Saturday night to Monday 10:00 is one staffed hour").isEqualTo(60);
            assertThat(inbox.responseTimes("comune-massa", SATURDAY_NIGHT).byChannel())
                    .anySatisfy(f -> assertThat(f.key()).isEqualTo("facebook"));
        }

        @Test
        void anEmergencyIsAnsweredAtOnceWith112AndGoesToTheTopOfTheList() {
            clock.set(SATURDAY_NIGHT);
            moderation.receive("comune-massa", message("Buonasera, quando passa il ritiro ingombranti? " + suffix, "a"));
            Received fire = moderation.receive("comune-massa", new NewInteraction("facebook", InteractionKind.PRIVATE_MESSAGE,
                    "fuoco-" + suffix, null, null, null, "altro-" + suffix, "Lucia", "Aiuto! C'è un incendio nel palazzo di fronte, esce fumo nero " + suffix,
                    SATURDAY_NIGHT));

            assertThat(replies(fire)).singleElement().satisfies(ready -> assertThat(ready.text()).contains("112"));
            Conversation conversation = conversationOf(fire);
            assertThat(conversation.emergency()).isTrue();
            assertThat(inbox.list("comune-massa", InboxFilter.none(), 50).getFirst().id()).isEqualTo(conversation.id());
        }

        @Test
        void whereThePolicyRequiresApprovalAnEditorsReplyLeavesOnlyWhenAManagerApprovesIt() {
            Received received = moderation.receive("roma-capitale", message("Buongiorno, come si prenota la carta d'identità? " + suffix));
            Conversation conversation = conversationOf(received);
            StaffMember editor = member("eva", Map.of("roma-capitale", Set.of(Role.EDITOR)));
            StaffMember manager = member("marta", Map.of("roma-capitale", Set.of(Role.MANAGER)));

            assertThat(inbox.assign("roma-capitale", conversation.id(), editor.username(), manager.username())).isEmpty();
            ReplyOutcome written = inbox.reply("roma-capitale", conversation.id(), editor, "Si prenota sul Portale istituzionale.");

            assertThat(written).isInstanceOf(ReplyOutcome.AwaitingApproval.class);
            assertThat(replies(received)).isEmpty();
            UUID replyId = ((ReplyOutcome.AwaitingApproval) written).reply().id();
            assertThat(inbox.approve("roma-capitale", conversation.id(), replyId, editor)).isInstanceOf(ReplyOutcome.Refused.class);
            assertThat(inbox.approve("roma-capitale", UUID.randomUUID(), replyId, manager))
                    .as("a reply approved under another conversation's address").isInstanceOf(ReplyOutcome.Refused.class);

            assertThat(inbox.approve("roma-capitale", conversation.id(), replyId, manager)).isInstanceOf(ReplyOutcome.Sent.class);
            assertThat(replies(received)).singleElement().satisfies(ready -> assertThat(ready.replyId()).isEqualTo(replyId));
            ConversationView view = inbox.conversation("roma-capitale", conversation.id()).orElseThrow();
            assertThat(view.conversation().state()).isEqualTo(ConversationState.ANSWERED);
            assertThat(view.replies().getLast().approvedBy()).isEqualTo(manager.username());
            assertThat(view.history()).extracting(HistoryEntry::action).containsExactly(InboxAction.ASSIGNED,
                    InboxAction.REPLY_AWAITING_APPROVAL, InboxAction.REPLY_APPROVED);
            assertThat(audit.entries("roma-capitale", null, 50)).extracting(e -> e.action())
                    .contains("INBOX_ASSIGNED", "INBOX_REPLY_AWAITING_APPROVAL", "INBOX_REPLY_APPROVED");
        }

        @Test
        void aManagersOwnReplyNeedsNoApproval() {
            Received received = moderation.receive("roma-capitale", message("Dove trovo gli orari degli URP? " + suffix));
            StaffMember manager = member("mario", Map.of("roma-capitale", Set.of(Role.MANAGER)));

            assertThat(inbox.reply("roma-capitale", conversationOf(received).id(), manager, "Sul Portale istituzionale."))
                    .isInstanceOf(ReplyOutcome.Sent.class);
        }

        @Test
        void statesMoveByHandAndAClosedConversationOpensAgainOnANewMessage() {
            Received received = moderation.receive("comune-massa", message("Il lampione di via Roma è spento da una settimana " + suffix));
            UUID id = conversationOf(received).id();

            assertThat(inbox.move("comune-massa", id, ConversationState.WAITING_FOR_OFFICE, "ufficio-inventato", "ada"))
                    .hasValueSatisfying(refusal -> assertThat(refusal).contains("ufficio-inventato", "non è un ufficio"));
            assertThat(inbox.move("comune-massa", id, ConversationState.WAITING_FOR_OFFICE, "lavori-pubblici", "ada")).isEmpty();
            assertThat(inbox.conversation("comune-massa", id).orElseThrow().conversation().office()).isEqualTo("lavori-pubblici");
            assertThat(inbox.move("comune-massa", id, ConversationState.ANSWERED, null, "ada")).isPresent();
            assertThat(inbox.move("comune-massa", id, ConversationState.CLOSED, null, "ada")).isEmpty();
            assertThat(inbox.note("comune-massa", id, "Segnalato al servizio strade", "ada")).isEmpty();
            moderation.receive("comune-massa", message("È ancora spento " + suffix, "2"));

            ConversationView view = inbox.conversation("comune-massa", id).orElseThrow();
            assertThat(view.conversation().state()).isEqualTo(ConversationState.NEW);
            assertThat(view.messages()).hasSize(2);
            assertThat(view.notes()).singleElement().satisfies(n -> assertThat(n.text()).isEqualTo("Segnalato al servizio strade"));
        }

        @Test
        void aPublicComplaintBecomesAPublicConversationAndAPlainCommentDoesNot() {
            Received complaint = moderation.receive("comune-massa", new NewInteraction("facebook", InteractionKind.COMMENT,
                    "c-" + suffix, "post-1", "Lavori in via Aurelia", null, "pub-" + suffix, "Gino",
                    "Voglio presentare un reclamo formale: la raccolta dei rifiuti non passa da tre settimane " + suffix, MONDAY_MORNING));
            Received plain = moderation.receive("comune-massa", new NewInteraction("facebook", InteractionKind.COMMENT,
                    "p-" + suffix, "post-1", "Lavori in via Aurelia", null, "plain-" + suffix, "Pia",
                    "Bella iniziativa, complimenti " + suffix, MONDAY_MORNING));

            assertThat(complaint.decision()).isNotNull();
            assertThat(conversationOf(complaint).privateThread()).isFalse();
            assertThat(inbox.list("comune-massa", InboxFilter.none(), 500))
                    .noneMatch(c -> ("plain-" + suffix).equals(c.authorId()));
            assertThat(plain.duplicate()).isFalse();
        }

        @Test
        void aRemovedComplaintIsNotAnsweredUnderIt() {
            Received removed = moderation.receive("comune-massa", new NewInteraction("facebook", InteractionKind.COMMENT,
                    "r-" + suffix, "post-1", "Lavori in via Aurelia", null, "rude-" + suffix, "Ugo",
                    "Voglio presentare un reclamo formale, branco di imbecilli: la raccolta non passa da settimane " + suffix,
                    MONDAY_MORNING));

            assertThat(removed.decision().action()).isEqualTo(ContentAction.REMOVE);
            assertThat(inbox.list("comune-massa", InboxFilter.none(), 500))
                    .noneMatch(c -> ("rude-" + suffix).equals(c.authorId()));
        }

        @Test
        void theAssistantAnswersFromTheFaqWhereThePolicyProvidesForItAndHandsOverOnRequest() {
            Received question = moderation.receive("provincia-monza-brianza",
                    message("Posso riutilizzare le foto della Provincia citando la fonte? " + suffix));
            Received person = moderation.receive("provincia-monza-brianza", message("Voglio parlare con un operatore " + suffix, "2"));

            List<ReplyReady> sent = replies(question);
            assertThat(sent).hasSize(2);
            assertThat(sent.getFirst().text()).startsWith("Stai parlando con un assistente automatico")
                    .contains("CC BY 4.0").contains("https://www.provincia.mb.it/");
            assertThat(sent.get(1).text()).doesNotContain("assistente automatico").contains("Passo la conversazione al personale");
            assertThat(conversationOf(person).state()).isEqualTo(ConversationState.NEW);
        }

        @Test
        void noAssistantWhereThePolicyDoesNotProvideForOne() {
            Received question = moderation.receive("comune-massa", message("Come si paga la TARI? " + suffix));

            assertThat(replies(question)).isEmpty();
        }

        private NewInteraction message(String text) {
            return message(text, "1");
        }

        private NewInteraction message(String text, String n) {
            return new NewInteraction("facebook", InteractionKind.PRIVATE_MESSAGE, "dm-" + suffix + "-" + n, null, null,
                    null, "autore-" + suffix, "Carla Neri", text, clock.instant());
        }

        private Conversation conversationOf(Received received) {
            return inbox.list(received.interaction().enteId(), InboxFilter.none(), 500).stream()
                    .filter(c -> received.interaction().authorId().equals(c.authorId())).findFirst().orElseThrow();
        }

        private List<ReplyReady> replies(Received received) {
            UUID conversation = conversationOf(received).id();
            return events.stream(ReplyReady.class).filter(r -> r.conversationId().equals(conversation)).toList();
        }

        private StaffMember member(String name, Map<String, Set<Role>> roles) {
            return staff.create(name + "-" + suffix, name, "password-" + name, roles);
        }
    }
}
