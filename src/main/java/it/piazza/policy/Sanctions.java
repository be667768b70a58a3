package it.piazza.policy;

import java.time.Period;
import org.jspecify.annotations.Nullable;

/**
 * Measures on authors.
 *
 * @param warningBeforeBan whether a warning by private message precedes a ban "when possible"
 * @param ban whether and when the ente bans
 * @param reportPlatform reports to the platform
 * @param reportAuthority reports to the police or other authorities
 * @param notifyAuthorClause the sentence promising to tell authors of removed content, when there is one
 * @param strikeExpiry how long a violation counts towards a ban
 * @param defaultBan the length of a ban unless a second person confirms a permanent one
 */
public record Sanctions(boolean warningBeforeBan, Ban ban, Report reportPlatform, Report reportAuthority,
        @Nullable String notifyAuthorClause, Period strikeExpiry, Period defaultBan) {
}
