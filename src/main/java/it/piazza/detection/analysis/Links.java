package it.piazza.detection.analysis;

import it.piazza.detection.AnalysisSettings;

/** Domains of the URL tokens, and whether they belong to the ente. */
final class Links {

    private Links() {
    }

    /** @return the host of a URL token, without scheme, {@code www.} and path */
    static String domain(String url) {
        String s = url;
        int scheme = s.indexOf("://");
        if (scheme >= 0) {
            s = s.substring(scheme + 3);
        }
        int slash = indexOfAny(s);
        if (slash >= 0) {
            s = s.substring(0, slash);
        }
        return s.startsWith("www.") ? s.substring(4) : s;
    }

    /** @return whether {@code url} is on one of the ente's domains or their subdomains, or on a .gov.it site */
    static boolean isOfficial(String url, AnalysisSettings settings) {
        String host = domain(url);
        if (host.endsWith(".gov.it")) {
            return true;
        }
        for (String d : settings.officialDomains()) {
            if (host.equals(d) || host.endsWith("." + d)) {
                return true;
            }
        }
        return false;
    }

    private static int indexOfAny(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '/' || c == '?' || c == '#' || c == ':') {
                return k;
            }
        }
        return -1;
    }
}
