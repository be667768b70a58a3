/** The REST API (JSON; errors as RFC 9457 problem details naming the field). */
@NullMarked
package it.piazza.web.api;

import org.jspecify.annotations.NullMarked;
