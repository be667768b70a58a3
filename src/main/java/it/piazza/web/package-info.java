/**
 * The web: public pages (policy, channels, appeal form), the console of the social media team, the REST
 * API, security and the start-up message.
 */
@NullMarked
package it.piazza.web;

import org.jspecify.annotations.NullMarked;
