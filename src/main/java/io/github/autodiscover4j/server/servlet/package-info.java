/**
 * The responder as a Jakarta Servlet, for a Java mail server or a Spring Boot application: {@link
 * io.github.autodiscover4j.server.servlet.AutodiscoverServlet}. The Servlet API is an optional
 * dependency of the library ({@code requires static jakarta.servlet}); the container provides it.
 */
@NullMarked
package io.github.autodiscover4j.server.servlet;

import org.jspecify.annotations.NullMarked;
