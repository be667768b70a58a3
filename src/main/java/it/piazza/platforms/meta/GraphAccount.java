package it.piazza.platforms.meta;

import it.piazza.platforms.ChannelConnection;
import java.net.URI;
import java.util.regex.Pattern;

/**
 * The Graph API account a connection acts as: where the API is, which version, with which token.
 *
 * @param base the API's address without the version (graph.facebook.com, graph.instagram.com, or a fake)
 * @param version the Graph API version, e.g. {@code v25.0}
 * @param ownId the id of the ente's own Page or Instagram account (events it caused are left out)
 * @param token the access token, sent only as an {@code Authorization: Bearer} header (never in a URL)
 */
public record GraphAccount(URI base, String version, String ownId, String token) {

    /** The Graph API version used when the connection sets none. */
    public static final String DEFAULT_VERSION = "v25.0";

    /** Setting: the Graph API version. */
    public static final String VERSION_SETTING = "graph_version";

    /** Secret: the access token (a Page token, or an Instagram professional account's token). */
    public static final String TOKEN_SECRET = "access_token";

    private static final Pattern VERSION = Pattern.compile("v\\d+\\.\\d+");

    /**
     * @param ownIdSetting the setting naming the ente's own account ({@code page_id}, {@code ig_user_id})
     * @throws IllegalStateException when a setting or the token is missing, or the version is not {@code vNN.N}
     */
    public static GraphAccount of(ChannelConnection connection, URI defaultBase, String ownIdSetting) {
        String version = connection.settings().getOrDefault(VERSION_SETTING, DEFAULT_VERSION).strip();
        if (!VERSION.matcher(version).matches()) {
            throw new IllegalStateException("the setting " + VERSION_SETTING + " must look like v25.0, not \"" + version + "\"");
        }
        return new GraphAccount(connection.apiBase(defaultBase), version, connection.setting(ownIdSetting),
                connection.secrets().require(TOKEN_SECRET));
    }

    @Override
    public String toString() {
        return "GraphAccount[" + base + "/" + version + ", " + ownId + "]";
    }
}
