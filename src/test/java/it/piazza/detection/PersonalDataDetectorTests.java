package it.piazza.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataDetectorTests {

    private static final PersonalDataDetector DETECTOR = PersonalDataDetector.standard();

    /** The values found, as {@code TYPE:value}. */
    private static List<String> found(String text) {
        return DETECTOR.find(text).stream().map(f -> f.type() + ":" + f.value()).toList();
    }

    @Nested
    class FiscalCode {

        @ParameterizedTest
        @ValueSource(strings = {"MRTNTN23M02D969P", "RCCMNL83S18D969H", "MRSMSR81D60Z611H", "BNCSFN85T58G702W",
            "RSSMRA45C12F205C", "rssmra45c12f205c"})
        void findsValidCodes(String code) {
            assertThat(found("Il mio codice fiscale è " + code + ", grazie."))
                    .containsExactly("CODICE_FISCALE:" + code);
        }

        @ParameterizedTest
        @ValueSource(strings = {"RSSMRA45C12F2LRI", "RSSMRAQRCMNFNLRG"})
        void findsOmocodiaVariants(String code) {
            assertThat(DETECTOR.find(code)).singleElement().satisfies(finding -> {
                assertThat(finding.type()).isEqualTo(PersonalDataType.CODICE_FISCALE);
                assertThat(finding.reason()).contains("omocodia");
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"FOXDRA26C24H872A", "CSTNGL22I10D086I", "CNTCHR83T32D969H", "RSSMRA45C12F205D",
            "RCCMNL83S18D969"})
        void rejectsInvalidCheckCharacterMonthDayOrLength(String code) {
            assertThat(found("CF " + code)).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"RSS MRA 45C12 F205C", "rss-mra-45c12-f205c", "RSSMRA 45C12 F205C"})
        void findsCodesSplitIntoGroups(String code) {
            assertThat(found("Il codice è " + code + ", grazie")).containsExactly("CODICE_FISCALE:" + code);
        }

        @Test
        void ignoresCodeInsideLongerToken() {
            assertThat(found("XRSSMRA45C12F205C1")).isEmpty();
        }
    }

    @Nested
    class VatNumber {

        @ParameterizedTest
        @ValueSource(strings = {"00743110157", "01333550323", "01333550_323", "0 0 6 1 8 2 8 0 4 9 9"})
        void findsValidNumbers(String number) {
            assertThat(found("La mia ditta ha partita IVA " + number + " e non riesce a iscriversi."))
                    .containsExactly("PARTITA_IVA:" + number);
        }

        @Test
        void leavesThePrefixOutOfTheSpan() {
            assertThat(found("IT - 01404480202")).containsExactly("PARTITA_IVA:01404480202");
            assertThat(found("IT00743110157")).containsExactly("PARTITA_IVA:00743110157");
        }

        @ParameterizedTest
        @ValueSource(strings = {"00743110158", "IT 00687129980", "00000000000", "00000000001"})
        void rejectsInvalidCheckDigitOrOfficeCode(String number) {
            assertThat(found("P.IVA " + number)).isEmpty();
        }

        @Test
        void ignoresLuhnValidRunsInsideIbans() {
            assertThat(found("GR16 0110 1250 0000 0001 2300 695")).containsExactly(
                    "IBAN:GR16 0110 1250 0000 0001 2300 695");
        }
    }

    @Nested
    class Iban {

        @ParameterizedTest
        @ValueSource(strings = {"IT60X0542811101000000123456", "IT60 X054 2811 1010 0000 0123 456",
            "it60x0542811101000000123456", "IT60-X054-2811-1010-0000-0123-456", "IT60.X054.2811.1010.0000.0123.456",
            "SM86U0322509800000000270100", "VA59001123000012345678", "ES 58 0049 0290 3424 1352 8341",
            "AL47/2121/1009/0000/0002/3569/8741", "G T82 TRAJ 0102 0000 0012 1002 9690", "NO07.8380.08.06006"})
        void findsIbansAsPeopleWriteThem(String iban) {
            assertThat(found("Vi ho mandato l'IBAN " + iban + ", grazie.")).containsExactly("IBAN:" + iban);
        }

        @ParameterizedTest
        @ValueSource(strings = {"IT60X0542811101000000123457", "IT61X0542811101000000123456",
            "AT61 1904 3002 3457 320", "IT60 XW54 2811 1010 0000 0123 456"})
        void rejectsBadCheckDigitsOrLength(String iban) {
            assertThat(found("IBAN " + iban)).isEmpty();
        }

        @Test
        void readsNoPhoneNumberIntoTheGroupsOfAnInvalidIban() {
            assertThat(found("Accreditate su IT60 X054 2811 1010 0000 0123 457 grazie")).isEmpty();
        }
    }

    @Nested
    class Phone {

        @ParameterizedTest
        @ValueSource(strings = {"333 123 4567", "3331234567", "+39 333 1234567", "0039 333 1234567",
            "347-123-4567", "347.123.45.67", "+39 06 678 4343", "06 6784343", "02 12345678", "039.975.2304"})
        void findsItalianMobilesAndLandlines(String number) {
            assertThat(found("Se serve chiamatemi al " + number + " dopo le 18")).containsExactly("PHONE:" + number);
        }

        @Test
        void readsCopyPastedSpacesAndDashes() {
            assertThat(found("tel 333\u00A0123\u00A04567")).containsExactly("PHONE:333\u00A0123\u00A04567");
            assertThat(found("cell 333\u20131234567")).containsExactly("PHONE:333\u20131234567");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Il bus 90 passa alle 12.30", "Il 12/03/2024 ho pagato 1.234.567 euro",
            "Il CAP è 20900, linea 5", "biglietto n. 4512345678", "Numero verde 800 123 456",
            "Il farmaco con codice AIC 042645046 non si trova", "042645046", "Ordine 3331234567 non consegnato",
            "Ci vediamo il 12.03.2024 alle 10"})
        void ignoresDatesAmountsPostcodesTicketsTollFreeAndDrugCodes(String text) {
            assertThat(DETECTOR.find(text)).noneMatch(f -> f.type() == PersonalDataType.PHONE);
        }

        @ParameterizedTest
        @ValueSource(strings = {"Siamo a 0 - 49.000.000 di euro di debito", "Con 2.682.000 17,73% dei voti",
            "Morti: 1.200/1.300 al giorno", "Francesco d'Assisi (1226-1926)", "vince 2-0 2014 ai rigori",
            "Rai News 04 marzo 2017 03.41"})
        void ignoresFiguresYearRangesAndScores(String text) {
            assertThat(found(text)).isEmpty();
        }

        @Test
        void ignoresUserHandlesAndHashtags() {
            assertThat(found("@618024126556492 @3331234567 #3471234567 ma che dite")).isEmpty();
        }

        @Test
        void requiresAPhoneWordForForeignLayoutsOtherThanNorthAmerican() {
            assertThat(found("Il codice è 09-7625400")).isEmpty();
            assertThat(found("Il mio numero israeliano è 09-7625400")).containsExactly("PHONE:09-7625400");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Il Comune di Monza ha il numero della Protezione civile sul sito, è lo 039 2374 1?",
            "Il contact center 060606 risponde dopo 40 minuti", "Lo sportello di Roma Salaria ha il numero 06 4158 1"})
        void leavesNumbersOfPublicOfficesAlone(String text) {
            assertThat(found(text)).isEmpty();
        }

        @Test
        void keepsTheWritersNumberNextToAnOfficeName() {
            assertThat(found("Il comune non risponde, 333 1234567 è il mio numero")).containsExactly(
                    "PHONE:333 1234567");
        }

        @Test
        void reportsBusinessNumbersInAdvertisementsWithLowConfidence() {
            assertThat(DETECTOR.find("Autoscuola Rapida: preventivi gratuiti, chiamaci al 0773 123456"))
                    .singleElement().satisfies(f -> {
                        assertThat(f.type()).isEqualTo(PersonalDataType.PHONE);
                        assertThat(f.confidence()).isLessThan(0.7);
                        assertThat(f.reason()).contains("business");
                    });
        }

        @Test
        void arbitratesBetweenPartitaIvaAndPhoneByContext() {
            assertThat(found("01189820689")).containsExactly("PARTITA_IVA:01189820689");
            assertThat(found("P.IVA 01189820689")).containsExactly("PARTITA_IVA:01189820689");
            assertThat(found("Chiamatemi al numero 01189820689")).containsExactly("PHONE:01189820689");
        }

        @Test
        void findsForeignNumbersWrittenAsPhoneNumbers() {
            assertThat(found("My US number is (415) 555-0132")).containsExactly("PHONE:(415) 555-0132");
            assertThat(found("Richiamatemi al +44 (20) 7123 4567")).containsExactly("PHONE:+44 (20) 7123 4567");
        }
    }

    @Nested
    class Email {

        @ParameterizedTest
        @ValueSource(strings = {"mario.rossi@gmail.com", "m.rossi+comune@libero.it", "user@xn--80ak6aa92e.com"})
        void findsAddresses(String address) {
            assertThat(found("Scrivetemi a " + address + ".")).containsExactly("EMAIL:" + address);
        }

        @ParameterizedTest
        @ValueSource(strings = {"mario.rossi [at] gmail.com", "mario.rossi(at)gmail.com", "mario.rossi[@]gmail.com"})
        void findsAddressesWithAHiddenAtSign(String address) {
            assertThat(found("Scrivete a " + address + " per favore")).containsExactly("EMAIL:" + address);
        }

        @Test
        void tellsPecAddressesApart() {
            assertThat(DETECTOR.find("PEC: mario.rossi@pec.it")).singleElement()
                    .satisfies(f -> assertThat(f.reason()).contains("PEC"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"info@presidio.", "hello-world here", "@comune", "a@b", "mail@dominio.c0m"})
        void rejectsMalformedAddresses(String text) {
            assertThat(found(text)).isEmpty();
        }
    }

    @Nested
    class Documents {

        @Test
        void takesTheTypeFromTheNearestContext() {
            assertThat(found("Il mio passaporto AA1234567 scade a giugno")).containsExactly("PASSPORT:AA1234567");
            assertThat(found("La carta d'identità AA1234567 è scaduta")).containsExactly("ID_CARD:AA1234567");
            assertThat(found("Patente di guida n. U1H00B000C")).containsExactly("DRIVER_LICENSE:U1H00B000C");
        }

        @ParameterizedTest
        @ValueSource(strings = {"CA12345AA", "1234567AA"})
        void findsElectronicIdentityCards(String number) {
            assertThat(found("CIE numero " + number)).containsExactly("ID_CARD:" + number);
        }

        @ParameterizedTest
        @ValueSource(strings = {"La mia patente U1H00A000B", "Patente 990123456B", "ne ho visti il 1234567"})
        void rejectsImpossibleShapesAndArticles(String text) {
            assertThat(found(text)).isEmpty();
        }
    }

    @Nested
    class Plate {

        @Test
        void findsCurrentAndOlderPlates() {
            assertThat(found("La mia auto targata AB 123 CD è stata rimossa")).containsExactly("PLATE:AB 123 CD");
            assertThat(found("Auto con targa MI 5A1234 in sosta")).containsExactly("PLATE:MI 5A1234");
            assertThat(found("Un'auto FA123XY parcheggiata sul marciapiede")).containsExactly("PLATE:FA123XY");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Il modulo AI123OQ non va", "La sala MI 123456 è chiusa", "Codice IO123UQ"})
        void rejectsImpossibleLettersAndOldFormatsWithoutVehicle(String text) {
            assertThat(DETECTOR.find(text)).noneMatch(f -> f.type() == PersonalDataType.PLATE);
        }
    }

    @Nested
    class Address {

        @Test
        void findsHomeAddressesTiedToTheWriter() {
            assertThat(found("Abito in via Garibaldi 12, 20900 Monza e nessuno ritira l'umido"))
                    .containsExactly("ADDRESS:via Garibaldi 12, 20900 Monza");
            assertThat(found("Sono residente in Viale della Repubblica 45/B"))
                    .containsExactly("ADDRESS:Viale della Repubblica 45/B");
            assertThat(found("Sono residente a Monza in Via Italia, 15 - 20900 Monza (MB)"))
                    .containsExactly("ADDRESS:Via Italia, 15 - 20900 Monza");
            assertThat(found("Abitiamo in Via San Giovanni Bosco n. 4 da anni"))
                    .containsExactly("ADDRESS:Via San Giovanni Bosco n. 4");
            assertThat(found("Il vicino di casa mia a via Gregorio VII fa abbaiare il cane"))
                    .containsExactly("ADDRESS:via Gregorio VII");
        }

        @ParameterizedTest
        @ValueSource(strings = {"C'è una buca in via Roma 12 da settimane", "Il semaforo di piazza Duomo è rotto",
            "In corso Buenos Aires 5 manca l'illuminazione", "Questa è casa mia e vai via pure"})
        void leavesThePlaceOfAReportedProblemAlone(String text) {
            assertThat(found(text)).isEmpty();
        }
    }

    @Nested
    class Person {

        @Test
        void findsFullNamesTiedToAPrivateFact() {
            assertThat(found("Mi chiamo Anna Bianchi e aspetto una risposta")).containsExactly("PERSON:Anna Bianchi");
            assertThat(found("Mio marito Luca Verdi è disabile")).contains("PERSON:Luca Verdi");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Il sindaco Mario Rossi non risponde", "La scuola Gianni Rodari è chiusa",
            "Ho letto il libro di Giuseppe Verdi", "Sono Andato in Comune",
            "I garanti dell'operazione sono Laura Boldrini e altri"})
        void ignoresPublicFiguresPlacesAndNamesWithoutPrivateFacts(String text) {
            assertThat(DETECTOR.find(text)).noneMatch(f -> f.type() == PersonalDataType.PERSON);
        }
    }

    @Nested
    class ProtocolNumber {

        @Test
        void findsAnnouncedNumbers() {
            assertThat(found("Protocollo n. 12345/2024 del 3 marzo")).containsExactly("PROTOCOL_NUMBER:12345/2024");
            assertThat(found("La pratica SUAP 2024-00123 è ferma")).containsExactly("PROTOCOL_NUMBER:2024-00123");
            assertThat(found("istanza prot. 4567")).containsExactly("PROTOCOL_NUMBER:4567");
        }

        @ParameterizedTest
        @ValueSource(strings = {"La pratica del 12/03/2024", "Ho una domanda: 12 persone?", "la pratica 2024",
            "Sei un idiota se non fai domanda: 2.500 euro regalati!", "Domanda 300 euro di bonus"})
        void ignoresDatesYearsAndShortNumbers(String text) {
            assertThat(found(text)).isEmpty();
        }
    }

    @Nested
    class HealthData {

        @Test
        void findsHealthOfAnIdentifiablePerson() {
            assertThat(found("Mia madre è malata di Alzheimer")).containsExactly("HEALTH_DATA:malata di Alzheimer");
            assertThat(found("Sono in chemioterapia e non posso fare la fila")).containsExactly(
                    "HEALTH_DATA:in chemioterapia");
            assertThat(found("Ho il diabete e la mensa non ha un menù adatto")).containsExactly("HEALTH_DATA:diabete");
            assertThat(found("Sono disabile e il marciapiede è impraticabile")).containsExactly(
                    "HEALTH_DATA:disabile");
        }

        @ParameterizedTest
        @ValueSource(strings = {"I parcheggi per disabili sono sempre occupati",
            "Servono più fondi per la ricerca sul cancro.", "La corruzione è il vero cancro del nostro Paese",
            "Questi politici sono un cancro per l'Italia", "Manteniamo anche falsi invalidi stranieri",
            "Ho visto che a donare il sangue sono tutti, ti prende un infarto"})
        void ignoresGeneralStatements(String text) {
            assertThat(found(text)).isEmpty();
        }
    }

    @Nested
    class MinorInfo {

        @Test
        void findsAgeAndSchoolOfAChild() {
            assertThat(found("Mia figlia di 9 anni che va alla scuola Rodari è stata esclusa"))
                    .containsExactly("MINOR_INFO:Mia figlia di 9 anni che va alla scuola Rodari");
            assertThat(found("Le mie figlie di 6 e 8 anni non hanno posto")).containsExactly(
                    "MINOR_INFO:mie figlie di 6 e 8 anni");
            assertThat(found("mio figlio Marco di 10 anni frequenta la 5ª elementare")).containsExactly(
                    "MINOR_INFO:mio figlio Marco di 10 anni frequenta la 5ª elementare");
        }

        @Test
        void findsChildrenOfNamedFamiliesAndClasses() {
            assertThat(found("Ho visto la figlia dei Brambilla, quella di 14 anni, in bici")).containsExactly(
                    "MINOR_INFO:la figlia dei Brambilla, quella di 14 anni");
            assertThat(found("Il figlio dei Colombo, quello di quinta, è stato sospeso")).containsExactly(
                    "MINOR_INFO:Il figlio dei Colombo, quello di quinta");
            assertThat(found("Il bambino della 3A mangia sempre da solo")).containsExactly(
                    "MINOR_INFO:Il bambino della 3A");
        }

        @Test
        void reportsChildAndFactApartWhenOtherDataLiesBetween() {
            assertThat(found("Mio figlio Tommaso è autistico, ha 8 anni: ci sarà un educatore?")).containsExactly(
                    "MINOR_INFO:Mio figlio", "HEALTH_DATA:autistico", "MINOR_INFO:ha 8 anni");
            assertThat(found("Mia figlia Giulia ha la febbre e la scuola Don Milani non risponde")).containsExactly(
                    "MINOR_INFO:Mia figlia", "MINOR_INFO:la scuola Don Milani");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Mio figlio di 25 anni cerca lavoro", "I bambini giocano nel parco",
            "La scuola di via Roma è chiusa", "I bambini vanno a scuola con il bus",
            "Dopo la ragazzina di 12 anni bullizzata, un altro caso"})
        void ignoresAdultsAndChildrenInGeneral(String text) {
            assertThat(DETECTOR.find(text)).noneMatch(f -> f.type() == PersonalDataType.MINOR_INFO);
        }
    }

    @Nested
    class Other {

        @Test
        void findsPaymentCardNumbers() {
            assertThat(found("Carta 4111 1111 1111 1111 addebitata due volte")).containsExactly(
                    "OTHER:4111 1111 1111 1111");
        }

        @Test
        void requiresGroupsOrACardWordForBareDigits() {
            assertThat(found("utente 4111111111111111 ha scritto")).isEmpty();
            assertThat(found("la mia carta 4111111111111111")).containsExactly("OTHER:4111111111111111");
        }

        @Test
        void rejectsLuhnInvalidCardNumbers() {
            assertThat(found("Carta 4111 1111 1111 1112")).isEmpty();
        }
    }

    @Nested
    class PublicContacts {

        private final PersonalDataDetector ente = PersonalDataDetector.withPublicContacts(List.of(
                "Via Grigna 13, 20900 Monza", "Tel. 039.975.2304", "mit.social@mit.gov.it", "060606"));

        @Test
        void neverReportsTheEntesOwnContacts() {
            assertThat(ente.find("Chiamate il 039 975 2304 o il +39 039.975.2304, scrivete a mit.social@mit.gov.it"
                    + " o chiamate lo 060606")).isEmpty();
            assertThat(ente.find("Abito in via Grigna 13, proprio davanti")).isEmpty();
        }

        @Test
        void readsSeveralNumbersInOneContact() {
            PersonalDataDetector office = PersonalDataDetector.withPublicContacts(List.of(
                    "Ufficio stampa: Tel. 039.975.2304 - 039.975.2305"));
            assertThat(office.find("Chiamate lo 039 975 2305 oppure lo 039.975.2304")).isEmpty();
            assertThat(office.find("Chiamate me al 039 975 2306")).hasSize(1);
        }

        @Test
        void stillReportsPrivateContacts() {
            assertThat(ente.find("Chiamate me al 333 123 4567 non lo 060606")).extracting(PersonalDataFinding::value)
                    .containsExactly("333 123 4567");
        }
    }

    @Nested
    class Redaction {

        @Test
        void replacesEachFindingWithItsType() {
            assertThat(DETECTOR.redact("CF RSSMRA45C12F205C, tel 333 123 4567."))
                    .isEqualTo("CF [CODICE_FISCALE], tel [PHONE].");
        }

        @Test
        void keepsFirstAndLastCharacterForModerators() {
            assertThat(DETECTOR.redactForModerators("CF RSSMRA45C12F205C, tel 333 123 4567."))
                    .isEqualTo("CF R[CODICE_FISCALE]C, tel 3[PHONE]7.");
        }

        @Test
        void leavesTextWithoutPersonalDataUnchanged() {
            String text = "Il bus 90 è in ritardo di 12 minuti 😡";
            assertThat(DETECTOR.redact(text)).isSameAs(text);
        }
    }

    @Test
    void returnsSortedNonOverlappingFindings() {
        List<PersonalDataFinding> findings = DETECTOR.find("Sono Mario Rossi, CF RSSMRA45C12F205C, abito in via "
                + "Verdi 3, tel 333 123 4567, IBAN IT60X0542811101000000123456, mia figlia di 8 anni");
        assertThat(findings).hasSizeGreaterThanOrEqualTo(5);
        for (int i = 1; i < findings.size(); i++) {
            assertThat(findings.get(i).span().start()).isGreaterThanOrEqualTo(findings.get(i - 1).span().end());
        }
    }
}
