package it.piazza.detection.pii;

import java.util.regex.Pattern;

/** Context phrases (over lower-case text) that the recognizers and the arbiter share. */
final class Contexts {

    /** Words that announce a telephone number. */
    static final Pattern PHONE = Pattern.compile("\\b(?:tel|telefono|telefonico|telefonare|telefonatemi|telefonate"
            + "|cell|cellulare|cel|chiamare|chiamatemi|chiamate|chiamami|chiamata|richiamare|richiamatemi|richiamami"
            + "|contattare|contattatemi|contattami|recapito|whatsapp|wa|sms|fisso|mobile|phone|number|call|numero"
            + "|num|mio n)\\b");
    /** Words that announce a partita IVA. */
    static final Pattern VAT = Pattern.compile("(?:\\bp\\.? ?iva\\b|\\bpartita iva\\b|\\bpiva\\b|\\bvat\\b|\\bditta\\b"
            + "|\\bazienda\\b|\\bimpresa\\b|\\bsociet[àa]\\b|\\bcodice fiscale\\b|\\bc\\.f\\.|\\bcf\\b|\\bp\\.i\\.)");
    /** Words that announce some other number: a ticket, a file, an invoice, a drug. */
    static final Pattern OTHER_NUMBER = Pattern.compile("\\b(?:ticket|biglietto|biglietti|abbonamento|pratica"
            + "|protocollo"
            + "|prot|istanza|fattura|ordine|codice|cod|aic|farmaco|farmacia|confezione|segnalazione|matricola|iban"
            + "|conto|bolletta|cliente|contratto|pod|pdr|verbale|linea|autobus|bus|tram|tessera|carta|documento"
            + "|passaporto|patente|targa)\\b");
    /** Words that announce a drug code. */
    static final Pattern DRUG = Pattern.compile("\\b(?:aic|farmac[oi]|farmacia|confezione|medicinale|medicina)\\b");

    private Contexts() {
    }
}
