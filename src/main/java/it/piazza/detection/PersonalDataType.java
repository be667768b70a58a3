package it.piazza.detection;

/**
 * The kinds of personal data the detector reports, with the names of the {@code pii} command of
 * {@code docs/contracts.md}.
 */
public enum PersonalDataType {
    /** Italian personal tax code (16 characters, omocodia included), check character verified. */
    CODICE_FISCALE,
    /** Italian VAT number (11 digits), check digit and office code verified. */
    PARTITA_IVA,
    /** International bank account number of any IBAN country, mod-97 and length verified. */
    IBAN,
    /** A private telephone number (Italian mobile or landline, or a foreign number). */
    PHONE,
    /** An e-mail or PEC address. */
    EMAIL,
    /** Number of a paper identity card or of an electronic one (CIE). */
    ID_CARD,
    /** Passport number. */
    PASSPORT,
    /** Driving licence number. */
    DRIVER_LICENSE,
    /** Italian vehicle registration plate. */
    PLATE,
    /** A person's home address, as distinct from the place of a reported problem. */
    ADDRESS,
    /** The full name of a private person tied to a private fact. */
    PERSON,
    /** Number of a protocol, a file (pratica), an application (istanza) or a fine. */
    PROTOCOL_NUMBER,
    /** Illness, therapy or disability of an identifiable person. */
    HEALTH_DATA,
    /** Facts that identify a minor: age, school, class. */
    MINOR_INFO,
    /** Other personal identifiers, such as payment card numbers. */
    OTHER
}
