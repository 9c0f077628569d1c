/**
 * The responder: one settings source answered as POX Autodiscover (Outlook and ActiveSync),
 * Autodiscover v2 and Mozilla autoconfig, with no servlet container needed. Start at {@link
 * io.github.autodiscover4j.server.Responder}; serve it with the JDK's own HTTP server through
 * {@link io.github.autodiscover4j.server.ResponderHttpServer}, or mount it in a servlet container
 * with {@code server.servlet.AutodiscoverServlet}.
 */
@NullMarked
package io.github.autodiscover4j.server;

import org.jspecify.annotations.NullMarked;
