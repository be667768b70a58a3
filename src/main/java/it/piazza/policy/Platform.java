package it.piazza.policy;

/**
 * The platforms an official channel can be on, with the longest text each accepts in a comment or message
 * (longer input cannot come from the platform and is refused).
 */
public enum Platform {
    FACEBOOK(8_000), INSTAGRAM(2_200), X(25_000), YOUTUBE(10_000), LINKEDIN(1_250), TIKTOK(150), TELEGRAM(4_096),
    WHATSAPP(65_536), MASTODON(5_000), PINTEREST(500), ISSUU(1_000), WEBSITE(10_000), APP(10_000);

    private final int maxTextLength;

    Platform(int maxTextLength) {
        this.maxTextLength = maxTextLength;
    }

    /** @return the longest comment or message the platform accepts, in characters */
    public int maxTextLength() {
        return maxTextLength;
    }
}
