/**
 * The console of the social media team: server-rendered pages (Thymeleaf, Bootstrap Italia) for the review
 * queue, appeals, the audit log, authors and the dashboard. Every page checks the person's roles for the ente
 * with {@link it.piazza.web.EnteAccess}.
 */
@NullMarked
package it.piazza.web.console;

import org.jspecify.annotations.NullMarked;
