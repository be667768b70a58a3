/**
 * The FAQ index of the inbox's assistant: each ente's questions and answers, analysed with Lucene's Italian
 * analyser (elision, stop words, light stemming) and searched with BM25 in memory.
 */
@NullMarked
package it.piazza.inbox.faq;

import org.jspecify.annotations.NullMarked;
