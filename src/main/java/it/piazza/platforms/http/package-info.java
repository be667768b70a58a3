/**
 * HTTP shared by the connectors: one client with timeouts, answers as bytes with headers, form encoding,
 * {@code Retry-After}, and the HMAC signatures webhooks are verified with.
 */
@NullMarked
package it.piazza.platforms.http;

import org.jspecify.annotations.NullMarked;
