package it.piazza.detection.analysis;

import it.piazza.detection.AnalysisSettings;
import it.piazza.detection.Category;
import it.piazza.detection.CommentToAnalyze;
import it.piazza.detection.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Advertising: commercial phrases ("contattami su WhatsApp", "codice sconto", "spedizione gratuita"),
 * prices, links to shops. A non-profit territorial initiative (an association's free event) is allowed
 * where the ente's policy allows it, and is a weak promotion elsewhere. Prices alone are not advertising,
 * however many: complaints quote prices too ("la TARI è aumentata di 200 euro"); a price counts once, and
 * only together with a promotional phrase, a contact or a link.
 */
final class AdvertisingDetector implements TextDetector {

    private static final Set<String> CURRENCY = Set.of("€", "euro", "eur", "euri");
    private static final List<String> SHOP_HINTS = List.of("shop", "store", "amazon.", "amzn.", "ebay.", "etsy.",
            "aliexpress.", "subito.it", "vinted.", "linktr.ee", "wa.me", "t.me", "temu.", "shein.", "promo",
            "sconti", "offert", "casino", "bet", "hot", "incontri", "sexy", "porn", "xxx");
    private static final double PRICE = 0.3;
    private static final double LINK = 0.3;
    private static final double SHOP_LINK = 0.6;
    private static final double NON_PROFIT_ELSEWHERE = 0.55;

    @Override
    public void detect(CommentText text, CommentToAnalyze comment, AnalysisSettings settings, Findings out) {
        List<Signal> signals = new ArrayList<>();
        boolean strong = false;
        for (PhraseRules.Match m : text.matches("ADVERTISING")) {
            signals.add(new Signal(m.rule().score(), text.span(m.from(), m.to()), "rule: " + m.rule().reason()));
            strong |= m.rule().score() >= 0.6;
        }
        boolean promo = false;
        for (PhraseRules.Match m : text.matches("cue:promo")) {
            signals.add(new Signal(m.rule().score(), text.span(m.from(), m.to()), "promotional phrase"));
            promo = true;
        }
        boolean nonProfit = !text.matches("cue:nonprofit").isEmpty();
        List<Token> tokens = text.tokens;
        boolean priced = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind == Token.Kind.NUMBER && !nonProfit && !priced && (isCurrency(tokens, i + 1) || isCurrency(tokens, i - 1))) {
                signals.add(new Signal(PRICE, t.span(), "price '" + text.text.substring(t.start, t.end) + "'"));
                priced = true;
            }
            if (t.kind == Token.Kind.URL && !Links.isOfficial(t.norm, settings)) {
                boolean shop = SHOP_HINTS.stream().anyMatch(t.norm::contains);
                strong |= shop;
                signals.add(new Signal(shop ? SHOP_LINK : LINK, t.span(), (shop ? "shop link " : "external link ") + Links.domain(t.norm)));
            }
            if ((t.kind == Token.Kind.EMAIL || t.kind == Token.Kind.MENTION) && promo && !settings.officialContacts().contains(t.norm)) {
                signals.add(new Signal(0.3, t.span(), "private contact in a promotion"));
            }
        }
        if (signals.isEmpty()) {
            return;
        }
        if (nonProfit && !strong) {
            if (!settings.nonProfitInitiativesAllowed()) {
                out.add(Category.ADVERTISING, NON_PROFIT_ELSEWHERE, spans(signals),
                        "promotion of a non-profit initiative; this ente's policy allows no promotion by users");
            }
            return;
        }
        for (Signal s : signals) {
            out.add(Category.ADVERTISING, s.score(), List.of(s.span()), s.reason());
        }
    }

    private record Signal(double score, TextSpan span, String reason) {
    }

    private static boolean isCurrency(List<Token> tokens, int i) {
        return i >= 0 && i < tokens.size() && CURRENCY.contains(tokens.get(i).norm);
    }

    private static List<TextSpan> spans(List<Signal> signals) {
        return signals.stream().map(Signal::span).toList();
    }
}
