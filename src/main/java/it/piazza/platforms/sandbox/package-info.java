/**
 * The built-in sandbox platform: the ente's pages simulated inside Piazza, so that the first
 * {@code ./piazza serve} shows the whole loop without any account and the tests have a platform whose state can
 * be checked (docs/design/015-sandbox-platform.md).
 * <ul>
 * <li>{@link it.piazza.platforms.sandbox.Sandbox}: the pages (posts, comments with replies, private messages,
 * the ente's replies, bans, visibility as the platform shows it) and a citizen's hand-written comment;</li>
 * <li>the connector {@code sandbox} (no settings, no secrets, {@code Receiving.BUILT_IN}) changes that state
 * and counts every change, and declares the capabilities of the real platform the channel is on (see
 * {@link it.piazza.platforms.sandbox.RealConnectors});</li>
 * <li>at start, with {@code piazza.sandbox.enabled=true}, every active channel without a connection is
 * connected to the sandbox; with {@code piazza.sandbox.generator.enabled=true}, realistic Italian activity is
 * written on the five entes' pages every {@code piazza.sandbox.generator.interval} (seed
 * {@code piazza.sandbox.generator.seed}).</li>
 * </ul>
 */
@NullMarked
@NamedInterface("sandbox")
package it.piazza.platforms.sandbox;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
