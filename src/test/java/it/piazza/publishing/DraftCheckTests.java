package it.piazza.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import it.piazza.policy.ElectoralPeriod;
import it.piazza.policy.Policy;
import it.piazza.policy.PolicyReader;
import it.piazza.policy.Presets;
import it.piazza.policy.PublishingCheck;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The checks before publishing, one family at a time, on the five presets. */
class DraftCheckTests {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final OffsetDateTime IN_MAY = OffsetDateTime.parse("2027-05-12T10:00:00+02:00");
    private static final ElectoralPeriod MAY_ELECTIONS = new ElectoralPeriod("Elezioni comunali 2027",
            LocalDate.of(2027, 4, 10), LocalDate.of(2027, 5, 26));
    private static final String PLAIN = "L'ufficio pagherà gli stipendi dal mese prossimo. Prima deve finire i controlli.";
    private static final DraftImage DESCRIBED = new DraftImage("La piazza del Comune con il mercato del sabato",
            Set.of(ImageAttestation.NO_MINORS, ImageAttestation.NO_RECOGNISABLE_FACES, ImageAttestation.NO_COMMERCIAL_SIGNS));

    private static DraftReview review(String ente, Draft draft, ElectoralPeriod... periods) {
        return review(Presets.load(ente), draft, periods);
    }

    private static DraftReview review(Policy policy, Draft draft, ElectoralPeriod... periods) {
        return DraftCheck.of(policy).review(draft, List.of(periods), TODAY);
    }

    private static Draft draft(String text, DraftKind kind, DraftImage... images) {
        return new Draft(text, List.of(images), kind, IN_MAY);
    }

    private static List<CheckFinding> findings(DraftReview review, PublishingCheck code) {
        return review.findings().stream().filter(f -> f.code() == code).toList();
    }

    @Nested
    class ParCondicio {

        @Test
        void blocksAnEventInsideAPeriodGivenByTheCaller() {
            DraftReview review = review("comune-massa", draft("Sabato festa della musica in piazza Aranci.",
                    DraftKind.EVENT), MAY_ELECTIONS);

            assertThat(findings(review, PublishingCheck.PAR_CONDICIO)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.BLOCK);
                assertThat(f.message()).contains("Dal 10 aprile 2027 al 26 maggio 2027", "Elezioni comunali 2027",
                        "«evento»", "L. 28/2000");
            });
            assertThat(review.publishable()).isFalse();
        }

        @Test
        void blocksAnEventInsideAPeriodOfThePolicy() {
            Policy withPeriod = PolicyReader.read("test", Presets.yaml("comune-massa").replace("electoral_periods: []",
                    "electoral_periods:\n  - name: Elezioni europee 2027\n    from: 2027-04-01\n    to: 2027-05-20"));

            DraftReview review = review(withPeriod, draft("Inaugurata la nuova biblioteca.", DraftKind.NEWS));

            assertThat(findings(review, PublishingCheck.PAR_CONDICIO)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.BLOCK);
                assertThat(f.message()).contains("Elezioni europee 2027");
            });
            assertThat(review.publishable()).isFalse();
        }

        @Test
        void blocksAServiceNoticeThatNamesTheMayor() {
            DraftReview review = review("comune-massa", draft("Il sindaco informa: domani l'anagrafe è chiusa.",
                    DraftKind.SERVICE), MAY_ELECTIONS);

            assertThat(findings(review, PublishingCheck.PAR_CONDICIO)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.BLOCK);
                assertThat(f.message()).contains("«sindaco»", "impersonale");
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"Allerta meteo: scuole chiuse domani. #IlSindacoInforma",
                "Il primo cittadino ricorda che domani l'anagrafe è chiusa.",
                "La Giunta ha approvato le nuove tariffe della mensa.",
                "Conclusi i lavori di rifacimento del campo sportivo di via Roma.",
                "Sabato la Notte Bianca in centro: vi aspettiamo!",
                "«Abbiamo fatto un grande lavoro» ha dichiarato Rossi: da lunedì riapre la piscina."})
        void blocksServiceNoticesThatNameAnOrganOrPromote(String text) {
            assertThat(parCondicioOnAServiceNotice(text)).isEqualTo(Severity.BLOCK);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Elezione del sindaco e del consiglio comunale: domenica si vota dalle 7 alle 23.",
                "Con ordinanza del sindaco n. 45 domani scuole e parchi chiusi per allerta meteo.",
                "Le liste dei candidati sindaco sono affisse all'albo pretorio."})
        void allowsVotingLogisticsAndActsThatNameAnOffice(String text) {
            assertThat(parCondicioOnAServiceNotice(text)).isEqualTo(Severity.WARN);
        }

        /** @return the weight of the one par condicio finding on {@code text} as a service notice in May 2027 */
        private Severity parCondicioOnAServiceNotice(String text) {
            List<CheckFinding> found = findings(review("comune-massa", draft(text, DraftKind.SERVICE), MAY_ELECTIONS),
                    PublishingCheck.PAR_CONDICIO);
            assertThat(found).hasSize(1);
            return found.getFirst().severity();
        }

        @Test
        void warnsOnAnImpersonalServiceNotice() {
            DraftReview review = review("comune-massa", draft("Domani l'anagrafe è chiusa per lavori.",
                    DraftKind.SERVICE), MAY_ELECTIONS);

            assertThat(findings(review, PublishingCheck.PAR_CONDICIO)).singleElement()
                    .extracting(CheckFinding::severity).isEqualTo(Severity.WARN);
            assertThat(review.publishable()).isTrue();
        }

        @Test
        void countsBothEndsOfThePeriodAndNothingOutside() {
            Draft onLastDay = new Draft("Festa in piazza.", List.of(), DraftKind.EVENT,
                    OffsetDateTime.parse("2027-05-26T23:00:00+02:00"));
            Draft dayAfter = new Draft("Festa in piazza.", List.of(), DraftKind.EVENT,
                    OffsetDateTime.parse("2027-05-27T00:30:00+02:00"));

            assertThat(review("mit", onLastDay, MAY_ELECTIONS).publishable()).isFalse();
            assertThat(findings(review("mit", dayAfter, MAY_ELECTIONS), PublishingCheck.PAR_CONDICIO)).isEmpty();
        }

        @Test
        void readsTheDayOfPublicationOnTheItalianCalendarWhateverTheOffset() {
            Draft afterMidnightInRome = new Draft("Festa in piazza.", List.of(), DraftKind.EVENT,
                    OffsetDateTime.parse("2027-05-26T22:30:00Z"));
            Draft lastEveningInRome = new Draft("Festa in piazza.", List.of(), DraftKind.EVENT,
                    OffsetDateTime.parse("2027-05-26T21:30:00Z"));

            assertThat(findings(review("mit", afterMidnightInRome, MAY_ELECTIONS), PublishingCheck.PAR_CONDICIO)).isEmpty();
            assertThat(review("mit", lastEveningInRome, MAY_ELECTIONS).publishable()).isFalse();
        }

        @Test
        void checksAnUnscheduledDraftForToday() {
            Draft now = new Draft("Festa in piazza.", List.of(), DraftKind.EVENT, null);
            ElectoralPeriod march = new ElectoralPeriod("Referendum", LocalDate.of(2027, 2, 20), LocalDate.of(2027, 3, 5));

            assertThat(findings(review("mit", now, march), PublishingCheck.PAR_CONDICIO)).hasSize(1);
            assertThat(findings(review("mit", now, MAY_ELECTIONS), PublishingCheck.PAR_CONDICIO)).isEmpty();
        }
    }

    @Nested
    class PersonalData {

        @Test
        void blocksDataThatMayNeverBeDisseminated() {
            DraftReview review = review("comune-massa", draft("Auguri al piccolo Marco: mio figlio Marco di 10 anni "
                    + "frequenta la 5ª elementare.", DraftKind.NEWS));

            assertThat(findings(review, PublishingCheck.PERSONAL_DATA)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.BLOCK);
                assertThat(f.message()).contains("dati di un minore", "2-septies");
            });
            assertThat(review.publishable()).isFalse();
        }

        @Test
        void blocksATaxCode() {
            DraftReview review = review("mit", draft("Il beneficiario RSSMRA45C12F205C riceverà il rimborso.",
                    DraftKind.NEWS));

            assertThat(findings(review, PublishingCheck.PERSONAL_DATA)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.BLOCK);
                assertThat(f.message()).contains("codice fiscale", "«RSSMRA45C12F205C»");
            });
        }

        @Test
        void warnsOnAPrivatePhoneNumber() {
            DraftReview review = review("comune-massa", draft("Per informazioni chiamate il 333 123 4567.", DraftKind.SERVICE));

            assertThat(findings(review, PublishingCheck.PERSONAL_DATA)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARN);
                assertThat(f.message()).contains("numero di telefono", "base giuridica");
            });
        }

        @Test
        void leavesTheEntesOwnContactsAlone() {
            DraftReview review = review("roma-capitale", draft("Per informazioni chiamate ChiamaRoma allo 060606.",
                    DraftKind.SERVICE));

            assertThat(findings(review, PublishingCheck.PERSONAL_DATA)).isEmpty();
        }

        @Test
        void onlyWarnsOnAMinorNamedInAnEmergencyAppeal() {
            String appeal = "Scomparsa Giulia Rossi, 14 anni: chi la vede chiami subito il 112.";

            DraftReview emergency = review("comune-massa", draft(appeal, DraftKind.EMERGENCY));
            DraftReview news = review("comune-massa", draft(appeal, DraftKind.NEWS));

            assertThat(findings(emergency, PublishingCheck.PERSONAL_DATA)).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARN));
            assertThat(emergency.publishable()).isTrue();
            assertThat(news.publishable()).isFalse();
        }

        @Test
        void readsTheAlternativeTextsToo() {
            DraftImage image = new DraftImage("Il codice fiscale RSSMRA45C12F205C sul modulo", Set.of(ImageAttestation.NO_MINORS));

            assertThat(findings(review("comune-massa", draft(PLAIN, DraftKind.NEWS, image)), PublishingCheck.PERSONAL_DATA))
                    .hasSize(1);
        }
    }

    @Nested
    class ImageRights {

        @Test
        void blocksImagesWithoutAttestationsWhereThePolicyAdoptsTheCheck() {
            DraftImage bare = new DraftImage("Il mercato di Campo de' Fiori", Set.of());

            List<CheckFinding> found = findings(review("roma-capitale", draft(PLAIN, DraftKind.NEWS, bare)),
                    PublishingCheck.IMAGE_RIGHTS);

            assertThat(found).hasSize(2).allSatisfy(f -> {
                assertThat(f.severity()).isEqualTo(Severity.BLOCK);
                assertThat(f.message()).contains("Immagine 1", "Policy dell'ente: «È opportuno evitare");
            });
        }

        @Test
        void onlyWarnsAboutAdultFacesWhichRomaAsksToAvoid() {
            DraftImage ceremony = new DraftImage("La cerimonia al Vittoriano",
                    Set.of(ImageAttestation.NO_MINORS, ImageAttestation.NO_COMMERCIAL_SIGNS));

            DraftReview review = review("roma-capitale", draft(PLAIN, DraftKind.NEWS, ceremony));

            assertThat(findings(review, PublishingCheck.IMAGE_RIGHTS)).singleElement()
                    .extracting(CheckFinding::severity).isEqualTo(Severity.WARN);
            assertThat(review.publishable()).isTrue();
        }

        @Test
        void acceptsReleasesInPlaceOfNoPeople() {
            DraftImage released = new DraftImage("La premiazione dei volontari",
                    Set.of(ImageAttestation.RELEASES_OBTAINED, ImageAttestation.NO_COMMERCIAL_SIGNS));

            assertThat(findings(review("roma-capitale", draft(PLAIN, DraftKind.NEWS, released)),
                    PublishingCheck.IMAGE_RIGHTS)).isEmpty();
        }

        @Test
        void warnsOnlyAboutMinorsElsewhere() {
            DraftImage bare = new DraftImage("La premiazione dei volontari", Set.of());
            DraftImage noMinors = new DraftImage("La premiazione dei volontari", Set.of(ImageAttestation.NO_MINORS));

            assertThat(findings(review("comune-massa", draft(PLAIN, DraftKind.NEWS, bare)), PublishingCheck.IMAGE_RIGHTS))
                    .singleElement().satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.WARN);
                        assertThat(f.message()).contains("minori");
                    });
            assertThat(findings(review("comune-massa", draft(PLAIN, DraftKind.NEWS, noMinors)),
                    PublishingCheck.IMAGE_RIGHTS)).isEmpty();
        }
    }

    @Nested
    class Accessibility {

        @Test
        void blocksAnImageWithoutAlternativeTextForEveryEnte() {
            DraftImage noAlt = new DraftImage(null, Set.of(ImageAttestation.NO_MINORS));
            DraftImage blank = new DraftImage("  ", Set.of(ImageAttestation.NO_MINORS));
            DraftImage dot = new DraftImage(".", Set.of(ImageAttestation.NO_MINORS));
            DraftImage emoji = new DraftImage("🎉", Set.of(ImageAttestation.NO_MINORS));

            for (String ente : Presets.IDS) {
                DraftReview review = review(ente, draft(PLAIN, DraftKind.NEWS, DESCRIBED, noAlt, blank, dot, emoji));
                assertThat(findings(review, PublishingCheck.ALT_TEXT_MISSING)).as(ente)
                        .extracting(CheckFinding::severity).containsExactly(Severity.BLOCK, Severity.BLOCK,
                                Severity.BLOCK, Severity.BLOCK);
                assertThat(review.publishable()).as(ente).isFalse();
            }
        }

        @Test
        void citesTheClauseWhereThePolicyAdoptsTheCheck() {
            DraftImage noAlt = new DraftImage(null, Set.of(ImageAttestation.NO_MINORS));

            assertThat(findings(review("comune-porto-sant-elpidio", draft(PLAIN, DraftKind.NEWS, noAlt)),
                    PublishingCheck.ALT_TEXT_MISSING)).singleElement().extracting(CheckFinding::message).asString()
                    .contains("Immagine 1", "L. 4/2004", "criteri di accessibilità sui social");
            assertThat(findings(review("comune-massa", draft(PLAIN, DraftKind.NEWS, noAlt)),
                    PublishingCheck.ALT_TEXT_MISSING)).singleElement().extracting(CheckFinding::message).asString()
                    .doesNotContain("Policy dell'ente");
        }

        @Test
        void acceptsADecorativeImageWithoutAlternativeText() {
            DraftImage decorative = new DraftImage(null, Set.of(ImageAttestation.DECORATIVE, ImageAttestation.NO_MINORS));

            assertThat(findings(review("mit", draft(PLAIN, DraftKind.NEWS, decorative)),
                    PublishingCheck.ALT_TEXT_MISSING)).isEmpty();
        }

        @Test
        void warnsOnAnAlternativeTextThatSaysNothing() {
            DraftImage photo = new DraftImage("IMG_2041.jpg", Set.of(ImageAttestation.NO_MINORS));

            assertThat(findings(review("mit", draft(PLAIN, DraftKind.NEWS, photo)), PublishingCheck.ALT_TEXT_MISSING))
                    .singleElement().extracting(CheckFinding::severity).isEqualTo(Severity.WARN);
        }

        @Test
        void warnsOnHashtagsEmojiAndTextUnreadableAloud() {
            DraftReview review = review("comune-porto-sant-elpidio", draft(
                    "ATTENZIONE 🎉 da domani la citta' cambia! 𝐈𝐧𝐟𝐨 clicca qui https://example.it 🎈🎈 #estateportoelpidiense",
                    DraftKind.NEWS));

            assertThat(findings(review, PublishingCheck.HASHTAG_CASE)).singleElement().extracting(CheckFinding::message)
                    .asString().contains("#estateportoelpidiense", "criteri di accessibilità");
            assertThat(findings(review, PublishingCheck.EMOJI_EXCESS)).extracting(CheckFinding::message)
                    .anySatisfy(m -> assertThat(m).contains("3 emoji"))
                    .anySatisfy(m -> assertThat(m).contains("in mezzo alle frasi"));
            assertThat(findings(review, PublishingCheck.READABILITY)).extracting(CheckFinding::message)
                    .anySatisfy(m -> assertThat(m).contains("«ATTENZIONE»"))
                    .anySatisfy(m -> assertThat(m).contains("«citta'»"))
                    .anySatisfy(m -> assertThat(m).contains("«𝐈𝐧𝐟𝐨»"))
                    .anySatisfy(m -> assertThat(m).contains("«clicca qui»"));
            assertThat(review.findings()).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARN));
            assertThat(review.publishable()).isTrue();
        }
    }

    @Nested
    class PlainLanguage {

        private static final String BUREAUCRATIC = "Si comunica che, nelle more dell'espletamento delle procedure di "
                + "verifica, l'ufficio provvederà alla corresponsione degli emolumenti spettanti a decorrere dal mese successivo.";

        @Test
        void warnsOnAVeryHardTextAndSuggestsPlainWords() {
            DraftReview review = review("roma-capitale", draft(BUREAUCRATIC, DraftKind.NEWS));

            assertThat(review.readability()).hasValueSatisfying(r -> assertThat(r.gulpease()).isBetween(34.8, 35.0));
            assertThat(findings(review, PublishingCheck.READABILITY)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARN);
                assertThat(f.message()).contains("Gulpease 34,9", "Policy dell'ente: «Il linguaggio");
            });
            assertThat(findings(review, PublishingCheck.BUREAUCRATIC_LANGUAGE)).extracting(CheckFinding::message)
                    .anySatisfy(m -> assertThat(m).startsWith("«corresponsione» è burocratese: scrivi «pagamento»."))
                    .anySatisfy(m -> assertThat(m).startsWith("«Si comunica che» è burocratese: toglilo e comincia "
                            + "direttamente dalla notizia."))
                    .allSatisfy(m -> assertThat(m).contains("toni rigidi e burocratici"));
            assertThat(findings(review, PublishingCheck.BUREAUCRATIC_LANGUAGE)).hasSizeGreaterThanOrEqualTo(5)
                    .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARN));
        }

        @Test
        void onlyAdvisesOnBureaucraticTermsWhereThePolicyDoesNotAdoptTheCheck() {
            DraftReview review = review("comune-massa", draft(BUREAUCRATIC, DraftKind.NEWS));

            assertThat(findings(review, PublishingCheck.BUREAUCRATIC_LANGUAGE)).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
        }

        @Test
        void grades60To80AsAdviceOnlyWhereAdopted() {
            String fair = "L'anagrafe resta chiusa sabato per un guasto alla rete.";

            assertThat(findings(review("roma-capitale", draft(fair, DraftKind.SERVICE)), PublishingCheck.READABILITY))
                    .singleElement().extracting(CheckFinding::severity).isEqualTo(Severity.INFO);
            assertThat(findings(review("comune-massa", draft(fair, DraftKind.SERVICE)), PublishingCheck.READABILITY))
                    .isEmpty();
        }

        @Test
        void pointsToSentencesOverTwentyFiveWords() {
            String text = "Si avvisa la cittadinanza che a partire da lunedì e fino alla fine dei lavori di rifacimento "
                    + "del manto stradale la via Roma sarà chiusa al traffico in entrambe le direzioni di marcia.";

            assertThat(findings(review("roma-capitale", draft(text, DraftKind.SERVICE)), PublishingCheck.READABILITY))
                    .filteredOn(f -> f.message().contains("25 parole")).singleElement().satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.WARN);
                        assertThat(f.message()).contains("«Si avvisa la cittadinanza che a partire da …»");
                    });
            assertThat(findings(review("comune-massa", draft(text, DraftKind.SERVICE)), PublishingCheck.READABILITY))
                    .filteredOn(f -> f.message().contains("25 parole")).singleElement()
                    .extracting(CheckFinding::severity).isEqualTo(Severity.INFO);
        }

        @Test
        void saysNothingOfAPlainText() {
            DraftReview review = review("roma-capitale", draft(PLAIN, DraftKind.NEWS));

            assertThat(findings(review, PublishingCheck.READABILITY)).isEmpty();
            assertThat(findings(review, PublishingCheck.BUREAUCRATIC_LANGUAGE)).isEmpty();
            assertThat(review.readability()).hasValueSatisfying(r -> assertThat(r.gulpease()).isEqualTo(84.0));
        }
    }

    @Nested
    class Purpose {

        @Test
        void blocksACallToVoteForEveryEnte() {
            for (String ente : Presets.IDS) {
                DraftReview review = review(ente, draft("Alle prossime elezioni votate la lista Roma Futura!", DraftKind.NEWS));

                assertThat(findings(review, PublishingCheck.PARTISAN_POLITICAL)).as(ente).singleElement()
                        .extracting(CheckFinding::severity).isEqualTo(Severity.BLOCK);
            }
        }

        @Test
        void onlyWarnsOnASingleSignOfCommerceOrOnAServiceNoticeThatSaysWhereToBuy() {
            DraftReview linkInBio = review("roma-capitale", draft("Tutte le info al link in bio.", DraftKind.NEWS));
            DraftReview ticket = review("roma-capitale", draft("Abbonamento Metrebus annuale scontato a 250 euro per gli "
                    + "under 19. Acquista online su atac.roma.it.", DraftKind.SERVICE));

            assertThat(findings(linkInBio, PublishingCheck.COMMERCIAL)).singleElement()
                    .extracting(CheckFinding::severity).isEqualTo(Severity.WARN);
            assertThat(findings(ticket, PublishingCheck.COMMERCIAL)).singleElement()
                    .extracting(CheckFinding::severity).isEqualTo(Severity.WARN);
            assertThat(linkInBio.publishable()).isTrue();
            assertThat(ticket.publishable()).isTrue();
        }

        @Test
        void blocksCommercialPromotionWhereForbidden() {
            DraftReview review = review("roma-capitale", draft("Usate il codice sconto ESTATE10 da Pizzeria Mario!",
                    DraftKind.NEWS));

            assertThat(findings(review, PublishingCheck.COMMERCIAL)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.BLOCK);
                assertThat(f.message()).contains("codice sconto");
            });
        }

        @Test
        void saysNothingOfAnInstitutionalNoticeThatNamesTheMayor() {
            DraftReview review = review("roma-capitale", draft("ATTENZIONE: il Sindaco Gualtieri informa che da "
                    + "lunedì la linea 64 cambia percorso per lavori. Biglietti a partire da 1,50 euro.", DraftKind.SERVICE));

            assertThat(findings(review, PublishingCheck.PARTISAN_POLITICAL)).isEmpty();
            assertThat(findings(review, PublishingCheck.COMMERCIAL)).isEmpty();
        }

        @Test
        void warnsOnASharedPostOfAnotherProfileWhereAdopted() {
            String text = "Guardate il video: https://www.facebook.com/mario.rossi.123/posts/456";

            assertThat(findings(review("comune-porto-sant-elpidio", draft(text, DraftKind.NEWS)),
                    PublishingCheck.PERSONAL_ACCOUNT_SHARE)).singleElement().satisfies(f -> {
                        assertThat(f.severity()).isEqualTo(Severity.WARN);
                        assertThat(f.message()).contains("facebook.com/mario.rossi.123/posts/456", "account personali");
                    });
            assertThat(findings(review("comune-massa", draft(text, DraftKind.NEWS)),
                    PublishingCheck.PERSONAL_ACCOUNT_SHARE)).isEmpty();
        }

        @Test
        void acceptsLinksToTheEntesOwnChannels() {
            String text = "Seguiteci anche su https://www.instagram.com/comuneportosantelpidio/ per le foto.";

            assertThat(findings(review("comune-porto-sant-elpidio", draft(text, DraftKind.NEWS)),
                    PublishingCheck.PERSONAL_ACCOUNT_SHARE)).isEmpty();
        }

        @Test
        void doesNotTakeAProfileWhoseNameBeginsLikeTheEntesForItsOwn() {
            String text = "Guardate: https://www.facebook.com/comuneportosantelpidioFAKE/posts/1";

            assertThat(findings(review("comune-porto-sant-elpidio", draft(text, DraftKind.NEWS)),
                    PublishingCheck.PERSONAL_ACCOUNT_SHARE)).hasSize(1);
        }
    }

    @Nested
    class Publication {

        @Test
        void blocksAnActWithoutTheOfficialLinkWhereAdopted() {
            DraftReview review = review("roma-capitale", draft("Approvato il nuovo regolamento dei mercati.", DraftKind.ACT));

            assertThat(findings(review, PublishingCheck.LEGAL_PUBLICITY)).extracting(CheckFinding::severity)
                    .containsExactly(Severity.BLOCK, Severity.WARN);
            assertThat(findings(review, PublishingCheck.LEGAL_PUBLICITY).getFirst().message())
                    .contains("https://www.comune.roma.it", "non ha validità di pubblicità legale");
        }

        @Test
        void acceptsAnActThatLinksTheAlboAndDisclaimsLegalValue() {
            DraftReview review = review("roma-capitale", draft("Approvato il nuovo regolamento dei mercati. Il testo è "
                    + "sull'albo pretorio: https://www.comune.roma.it/albo/123. Questo post non ha valore di pubblicità legale.",
                    DraftKind.ACT));

            assertThat(findings(review, PublishingCheck.LEGAL_PUBLICITY)).isEmpty();
        }

        @Test
        void warnsOnAnActWithoutTheOfficialLinkElsewhere() {
            DraftReview review = review("comune-massa", draft("Approvato il nuovo regolamento dei mercati: "
                    + "https://www.example.com/regolamento", DraftKind.ACT));

            assertThat(findings(review, PublishingCheck.LEGAL_PUBLICITY)).singleElement()
                    .extracting(CheckFinding::severity).isEqualTo(Severity.WARN);
            assertThat(findings(review("comune-massa", draft("Il regolamento è su https://www.comune.massa.ms.it/albo",
                    DraftKind.ACT)), PublishingCheck.LEGAL_PUBLICITY)).isEmpty();
        }

        @Test
        void remindsTheLicenceOfTheEntesContentWithImages() {
            DraftReview monza = review("provincia-monza-brianza", draft(PLAIN, DraftKind.NEWS, DESCRIBED));
            DraftReview mit = review("mit", draft(PLAIN, DraftKind.NEWS, DESCRIBED));

            assertThat(findings(monza, PublishingCheck.LICENSE_NOTICE)).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.INFO);
                assertThat(f.message()).contains("con la licenza CC-BY-4.0", "Creative Commons CC BY 4.0");
            });
            assertThat(findings(mit, PublishingCheck.LICENSE_NOTICE)).singleElement().extracting(CheckFinding::message)
                    .asString().contains("non per scopi commerciali");
            assertThat(findings(review("provincia-monza-brianza", draft(PLAIN, DraftKind.NEWS)),
                    PublishingCheck.LICENSE_NOTICE)).isEmpty();
            assertThat(findings(review("comune-massa", draft(PLAIN, DraftKind.NEWS, DESCRIBED)),
                    PublishingCheck.LICENSE_NOTICE)).isEmpty();
        }
    }

    @Test
    void listsBlockingFindingsFirstAndIsPublishableExactlyWithoutThem() {
        DraftReview review = review("roma-capitale", draft("Qualora piova la festa è rinviata.", DraftKind.EVENT,
                new DraftImage(null, Set.of())), MAY_ELECTIONS);

        assertThat(review.findings()).extracting(CheckFinding::severity).isSortedAccordingTo(Enum::compareTo);
        assertThat(review.findings().getFirst().severity()).isEqualTo(Severity.BLOCK);
        assertThat(review.publishable()).isFalse();
        assertThat(review("comune-massa", draft(PLAIN, DraftKind.NEWS, DESCRIBED)).findings()).isEmpty();
        assertThat(review("comune-massa", draft(PLAIN, DraftKind.NEWS, DESCRIBED)).publishable()).isTrue();
    }
}
