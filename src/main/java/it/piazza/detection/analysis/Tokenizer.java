package it.piazza.detection.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Splits a comment into tokens in one pass, without regular expressions: words (with leetspeak, inner
 * symbols, dotted and spaced-out letters undone), numbers, URLs and bare domains, e-mail addresses, hashtags,
 * mentions, and the symbols that matter ({@code €}, {@code %}, emoji). Marks tokens inside quotation marks.
 */
final class Tokenizer {

    private static final Set<String> TLDS = Set.of("it", "com", "net", "org", "eu", "ly", "io", "shop", "store",
            "info", "biz", "me", "co", "tv", "xyz", "online", "site", "club", "app", "gl", "to", "link", "live",
            "uk", "de", "fr", "es", "ch", "ru", "cn", "top", "vip", "bet", "casino", "gov", "edu", "nz", "ee", "tk");
    private static final int MIN_SPACED_LETTERS = 4;

    private Tokenizer() {
    }

    static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>(text.length() / 5 + 4);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (startsUrl(text, i)) {
                int j = urlEnd(text, i);
                tokens.add(token(text.substring(i, j).toLowerCase(), null, i, j, Token.Kind.URL, false, false,
                        text, i));
                i = j;
            } else if (isRunChar(c) || ((c == '#' || c == '@') && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1)))) {
                int j = i + 1;
                while (j < n && (isRunChar(text.charAt(j)) || text.charAt(j) == '#'
                        || (text.charAt(j) == '.' && j + 1 < n && isRunChar(text.charAt(j + 1)) && isRunChar(text.charAt(j - 1))))) {
                    j++;
                }
                i = run(text, i, j, tokens);
            } else if (Character.isHighSurrogate(c) && i + 1 < n) {
                int cp = text.codePointAt(i);
                int len = Character.charCount(cp);
                if (Character.getType(cp) == Character.OTHER_SYMBOL) {
                    tokens.add(token(text.substring(i, i + len), null, i, i + len, Token.Kind.SYMBOL, false, false,
                            text, i));
                }
                i += len;
            } else {
                if (c == '€' || c == '%' || c == '$' || Character.getType(c) == Character.OTHER_SYMBOL) {
                    tokens.add(token(String.valueOf(c), null, i, i + 1, Token.Kind.SYMBOL, false, false, text, i));
                }
                i++;
            }
        }
        List<Token> merged = mergeSpacedLetters(text, tokens);
        markQuotes(text, merged);
        return merged;
    }

    private static boolean isRunChar(char c) {
        return Character.isLetterOrDigit(c) || c == '*' || c == '@' || c == '$' || c == '_';
    }

    private static boolean startsUrl(String text, int i) {
        return text.regionMatches(true, i, "http://", 0, 7) || text.regionMatches(true, i, "https://", 0, 8)
                || (text.regionMatches(true, i, "www.", 0, 4) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))));
    }

    private static int urlEnd(String text, int i) {
        int j = i;
        while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != '"'
                && text.charAt(j) != '»' && text.charAt(j) != '”') {
            j++;
        }
        while (j > i + 1 && ".,;:!?)]'".indexOf(text.charAt(j - 1)) >= 0) {
            j--;
        }
        return j;
    }

    /** Adds the token(s) of the run {@code [i, j)} and returns where scanning goes on. */
    private static int run(String text, int i, int j, List<Token> out) {
        char first = text.charAt(i);
        String raw = text.substring(i, j);
        if (first == '#') {
            out.add(token("#" + raw.substring(1).toLowerCase(), null, i, j, Token.Kind.HASHTAG, false, false, text, i));
            return j;
        }
        if (first == '@' && raw.indexOf('.') < 0) {
            out.add(token(raw.toLowerCase(), null, i, j, Token.Kind.MENTION, false, false, text, i));
            return j;
        }
        int at = raw.indexOf('@');
        if (at > 0 && raw.indexOf('.', at) > at) {
            out.add(token(raw.toLowerCase(), null, i, j, Token.Kind.EMAIL, false, false, text, i));
            return j;
        }
        int dot = raw.indexOf('.');
        if (dot < 0) {
            out.add(word(text, i, j));
            return j;
        }
        String[] parts = raw.split("\\.", -1);
        String last = parts[parts.length - 1].toLowerCase();
        boolean allSingle = true;
        for (String p : parts) {
            allSingle &= p.length() == 1 && Character.isLetter(p.charAt(0));
        }
        if (allSingle && parts.length >= MIN_SPACED_LETTERS - 1) {
            String joined = String.join("", parts).toLowerCase();
            out.add(token(joined, null, i, j, Token.Kind.WORD, true, false, text, i));
            return j;
        }
        if (TLDS.contains(last) && parts.length >= 2 && parts[parts.length - 2].length() >= 2) {
            int end = j;
            if (end < text.length() && text.charAt(end) == '/') {
                end = urlEnd(text, end);
            }
            out.add(token(text.substring(i, end).toLowerCase(), null, i, end, Token.Kind.URL, false, false, text, i));
            return end;
        }
        int start = i;
        for (String p : parts) {
            if (!p.isEmpty()) {
                out.add(word(text, start, start + p.length()));
            }
            start += p.length() + 1;
        }
        return j;
    }

    private static Token word(String text, int i, int j) {
        boolean letters = false;
        boolean digits = false;
        for (int k = i; k < j; k++) {
            char c = text.charAt(k);
            letters |= Character.isLetter(c);
            digits |= Character.isDigit(c);
        }
        if (!letters) {
            String raw = text.substring(i, j);
            return token(raw, null, i, j, digits ? Token.Kind.NUMBER : Token.Kind.SYMBOL, false, raw.indexOf('*') >= 0,
                    text, i);
        }
        StringBuilder norm = new StringBuilder(j - i);
        boolean obfuscated = false;
        boolean wildcard = false;
        for (int k = i; k < j; k++) {
            char c = Character.toLowerCase(text.charAt(k));
            char mapped = switch (c) {
                case '0' -> 'o';
                case '1' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                case '*', '#', '_' -> '*';
                default -> c;
            };
            if (mapped != c) {
                obfuscated = true;
            }
            wildcard |= mapped == '*';
            norm.append(mapped);
        }
        boolean realNumber = digits && !obfuscatedShape(text, i, j);
        String value = realNumber ? text.substring(i, j).toLowerCase() : norm.toString();
        String twice = squeeze(value, 2);
        String once = twice.equals(value) ? null : squeeze(value, 1);
        return token(twice, once, i, j, Token.Kind.WORD, obfuscated && !realNumber, wildcard, text, i);
    }

    /**
     * Whether a run mixing letters and digits looks like a disguised word ("m3rda", "str0nz0") rather than
     * "h24", "covid19" or "b2b": every digit stands for a letter and no two digits are adjacent.
     */
    private static boolean obfuscatedShape(String text, int i, int j) {
        if (j - i < 4) {
            return false;
        }
        boolean previousDigit = false;
        for (int k = i; k < j; k++) {
            char c = text.charAt(k);
            boolean digit = Character.isDigit(c);
            if (digit && ("013457".indexOf(c) < 0 || previousDigit)) {
                return false;
            }
            previousDigit = digit;
        }
        return true;
    }

    /** Cuts runs of three or more equal characters to {@code keep}. */
    static String squeeze(String s, int keep) {
        StringBuilder b = null;
        int n = s.length();
        int k = 0;
        while (k < n) {
            char c = s.charAt(k);
            int r = k + 1;
            while (r < n && s.charAt(r) == c) {
                r++;
            }
            if (r - k >= 3 && Character.isLetter(c)) {
                if (b == null) {
                    b = new StringBuilder(n).append(s, 0, k);
                }
                b.append(String.valueOf(c).repeat(keep));
            } else if (b != null) {
                b.append(s, k, r);
            }
            k = r;
        }
        return b == null ? s : b.toString();
    }

    private static Token token(String norm, @Nullable String squeezed, int start, int end, Token.Kind kind, boolean obfuscated,
                               boolean wildcard, String text, int at) {
        return new Token(norm, squeezed, start, end, kind, obfuscated, wildcard,
                Character.isUpperCase(text.charAt(at)), isSentenceStart(text, at));
    }

    private static boolean isSentenceStart(String text, int at) {
        for (int k = at - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (Character.isWhitespace(c) && c != '\n') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '"' || c == '«' || c == '“';
        }
        return true;
    }

    /** Joins "v a f f a n c u l o" and "m-e-r-d-a" into one obfuscated word. */
    private static List<Token> mergeSpacedLetters(String text, List<Token> tokens) {
        List<Token> out = null;
        int n = tokens.size();
        int k = 0;
        while (k < n) {
            int r = k;
            while (r < n && isSingleLetter(tokens.get(r)) && (r == k || smallGap(text, tokens.get(r - 1).end, tokens.get(r).start))) {
                r++;
            }
            if (r - k >= MIN_SPACED_LETTERS) {
                if (out == null) {
                    out = new ArrayList<>(tokens.subList(0, k));
                }
                StringBuilder joined = new StringBuilder();
                for (int m = k; m < r; m++) {
                    joined.append(tokens.get(m).norm);
                }
                Token first = tokens.get(k);
                out.add(new Token(joined.toString(), null, first.start, tokens.get(r - 1).end, Token.Kind.WORD, true,
                        false, first.capitalized, first.sentenceStart));
                k = r;
            } else {
                if (out != null) {
                    out.add(tokens.get(k));
                }
                k++;
            }
        }
        return out == null ? tokens : out;
    }

    private static boolean isSingleLetter(Token t) {
        return t.kind == Token.Kind.WORD && t.end - t.start == 1;
    }

    private static boolean smallGap(String text, int from, int to) {
        if (to - from > 2) {
            return false;
        }
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '.' && c != '-' && c != '_') {
                return false;
            }
        }
        return true;
    }

    private static void markQuotes(String text, List<Token> tokens) {
        int n = text.length();
        int open = -1;
        char closing = 0;
        int ti = 0;
        for (int k = 0; k < n; k++) {
            char c = text.charAt(k);
            if (open < 0) {
                char close = switch (c) {
                    case '"' -> '"';
                    case '“' -> '”';
                    case '«' -> '»';
                    case '‘' -> '’';
                    case '\'' -> (k == 0 || !Character.isLetterOrDigit(text.charAt(k - 1))) && k + 1 < n
                            && Character.isLetter(text.charAt(k + 1)) ? '\'' : 0;
                    default -> 0;
                };
                if (close != 0) {
                    open = k;
                    closing = close;
                }
            } else if (c == closing && (closing != '\'' || k + 1 == n || !Character.isLetter(text.charAt(k + 1)))) {
                while (ti < tokens.size() && tokens.get(ti).start < k) {
                    if (tokens.get(ti).start > open) {
                        tokens.get(ti).inQuote = true;
                    }
                    ti++;
                }
                open = -1;
            }
        }
    }
}
