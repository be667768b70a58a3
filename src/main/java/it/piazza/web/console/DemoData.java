package it.piazza.web.console;

import it.piazza.accounts.Role;
import it.piazza.accounts.StaffAccounts;
import it.piazza.accounts.StaffMember;
import it.piazza.moderation.InteractionKind;
import it.piazza.moderation.Moderation;
import it.piazza.moderation.NewInteraction;
import it.piazza.policy.Channel;
import it.piazza.policy.ChannelStatus;
import it.piazza.policy.PolicyVersions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo (only with {@code piazza.demo=true}, the default of the embedded database): one account per role,
 * sharing one random password printed once when the accounts are created (never a published one), and the same
 * few dozen Italian comments and private messages for every ente, sent through {@link Moderation#receive} so that
 * the queue, the inbox, the audit log and the dashboard have something to show.
 * Nothing is created twice on a restart. On any database other than the embedded H2 it does nothing, so a
 * real installation never gets accounts with a published password.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "piazza.demo", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final Map<String, Role> ACCOUNTS = Map.of("moderatore", Role.MODERATOR, "responsabile", Role.MANAGER,
            "redattore", Role.EDITOR, "osservatore", Role.VIEWER, "revisore", Role.AUDITOR);

    private static final String POST = "Da lunedì 3 marzo lavori notturni in via Roma: strada chiusa dalle 22 alle 6, "
            + "deviazioni indicate sul posto.";

    /** Authors and what they write; the first ones write more than once, for the author page and bulk removal. */
    private static final List<List<String>> COMMENTS = List.of(
            List.of("u-demo-1", "Marco Bellini", "Sei un imbecille, vergognati"),
            List.of("u-demo-1", "Marco Bellini", "Siete tutti dei buffoni incapaci, andate a casa"),
            List.of("u-demo-1", "Marco Bellini", "Idioti, ancora lavori di notte"),
            List.of("u-demo-2", "Giulia Ferri", "Grazie per l'avviso, ci sarà anche la navetta per l'ospedale?"),
            List.of("u-demo-2", "Giulia Ferri", "A che ora riapre la strada il sabato?"),
            List.of("u-demo-3", "Paolo Conti", "Vergogna, strade piene di buche da mesi. L'assessore è incompetente e dovrebbe dimettersi."),
            List.of("u-demo-4", "Anna Russo", "Chiamatemi al 347 123 4567, abito in via Roma 12 e non riesco a uscire con l'auto"),
            List.of("u-demo-5", "Luca Gallo", "Guadagna 500 euro al giorno da casa! Scrivimi su WhatsApp"),
            List.of("u-demo-5", "Luca Gallo", "Guadagna 500 euro al giorno da casa! Scrivimi su WhatsApp subito"),
            List.of("u-demo-6", "Sara Moretti", "Se vi prendo sotto casa vi faccio vedere io"),
            List.of("u-demo-7", "Davide Greco", "Questi stranieri sono tutti delinquenti, rimandateli a casa loro"),
            List.of("u-demo-8", "Elena Marino", "Ottimo lavoro, finalmente sistemano l'illuminazione"),
            List.of("u-demo-9", "Franco Leone", "Votate il mio partito alle prossime elezioni, l'unico che cambierà le cose"),
            List.of("u-demo-10", "Chiara Costa", "Il mio vicino Mario Rossi parcheggia sempre sul marciapiede, multatelo"),
            List.of("u-demo-11", "Roberto Fontana", "Che schifo questa amministrazione, siete dei ladri"),
            List.of("u-demo-12", "Marta Rinaldi", "Ci sono state segnalazioni di rumore eccessivo anche l'anno scorso?"),
            List.of("u-demo-13", "Stefano Villa", "Ma andate a fare in culo tutti quanti"),
            List.of("u-demo-14", "Valentina Caruso", "Posso avere il numero dell'ufficio tecnico per una pratica di passo carrabile?"),
            List.of("u-demo-15", "Alessio Ferrara", "Il sindaco è un corrotto, lo sanno tutti che prende tangenti"),
            List.of("u-demo-16", "Federica Bianco", "La fermata dell'autobus viene spostata durante i lavori?"),
            List.of("u-demo-17", "Giorgio Santoro", "Siete delle merde"),
            List.of("u-demo-18", "Ilaria Marchetti", "Mio figlio Luca frequenta la terza B della scuola di via Roma, come arriva a scuola?"),
            List.of("u-demo-19", "Nicola Testa", "Bravi, ma comunicatelo prima la prossima volta"),
            List.of("u-demo-20", "Silvia Pellegrini", "Vi auguro di morire tutti nel sonno"));

    /** Private messages for the inbox: a question, a personal case, a request for a person, an emergency. */
    private static final List<List<String>> MESSAGES = List.of(
            List.of("u-demo-30", "Rosa Galli", "Buongiorno, come si paga la TARI? Non ho ricevuto l'avviso"),
            List.of("u-demo-31", "Piero Sala", "Mi hanno negato il contributo per l'affitto, la mia pratica è ferma da mesi"),
            List.of("u-demo-32", "Lina Riva", "Voglio parlare con un operatore, per favore"),
            List.of("u-demo-33", "Ugo Neri", "Aiuto! C'è un incendio nel palazzo di fronte, esce fumo nero"));

    private final StaffAccounts accounts;
    private final PolicyVersions policies;
    private final Moderation moderation;
    private final Clock clock;
    private final boolean embedded;

    DemoData(StaffAccounts accounts, PolicyVersions policies, Moderation moderation, Clock clock,
            @Value("${spring.datasource.url:}") String datasourceUrl) {
        this.accounts = accounts;
        this.policies = policies;
        this.moderation = moderation;
        this.clock = clock;
        this.embedded = datasourceUrl.startsWith("jdbc:h2:");
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!embedded) {
            log.warn("piazza.demo=true is ignored: demo accounts and comments are only created on the embedded database");
            return;
        }
        String password = accounts.newPassword();
        boolean created = false;
        for (Map.Entry<String, Role> account : ACCOUNTS.entrySet()) {
            if (accounts.find(account.getKey()).isEmpty()) {
                accounts.create(account.getKey(), "Demo " + account.getKey(), password,
                        Map.of(StaffMember.EVERY_ENTE, Set.of(account.getValue())));
                created = true;
            }
        }
        Instant start = clock.instant().minus(Duration.ofHours(COMMENTS.size()));
        policies.entes().forEach(ente -> {
            List<Channel> channels = policies.current(ente.id()).orElseThrow().policy().channels().stream()
                    .filter(c -> c.status() == ChannelStatus.ACTIVE).toList();
            if (channels.isEmpty()) {
                return;
            }
            for (int i = 0; i < COMMENTS.size(); i++) {
                List<String> comment = COMMENTS.get(i);
                Channel channel = channels.get(i % channels.size());
                // repeated platform ids are recognised, so a restart creates nothing new
                moderation.receive(ente.id(), new NewInteraction(channel.id(), InteractionKind.COMMENT, "demo-" + i,
                        "demo-post", POST, null, comment.get(0), comment.get(1), comment.get(2),
                        start.plus(Duration.ofHours(i))));
            }
            for (int i = 0; i < MESSAGES.size(); i++) {
                List<String> message = MESSAGES.get(i);
                moderation.receive(ente.id(), new NewInteraction(channels.getFirst().id(), InteractionKind.PRIVATE_MESSAGE,
                        "demo-dm-" + i, null, null, null, message.get(0), message.get(1), message.get(2),
                        clock.instant().minus(Duration.ofMinutes(10L * (MESSAGES.size() - i)))));
            }
        });
        if (created) {
            log.info("""

                      Demo mode (piazza.demo=true): sign in at /login as moderatore, responsabile, redattore, osservatore \
                    or revisore, password "{}" (shown only now). Set piazza.demo=false to turn the demo off.
                    """, password);
        }
    }
}
