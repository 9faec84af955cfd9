package org.gridvoice.open311.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.gridvoice.account.RequestLimits;
import org.gridvoice.open311.ApiClient;
import org.gridvoice.open311.Open311ClientService;
import org.gridvoice.shared.FailureMessage;
import org.gridvoice.shared.i18n.Messages;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * POSTs to the API carry {@code api_key} as a form parameter (the spec's way). The caller's address
 * is counted first, so guessing keys is throttled too; then the key must belong to an active client,
 * whose posts are counted as well. A refusal is the spec's error document: 403 for the key, 429 when
 * over a limit. Not a bean: it belongs to the API's filter chain only.
 */
class ApiKeyFilter extends OncePerRequestFilter {

    record Limits(int perKey, int perAddress, Duration window) {
    }

    private final Open311ClientService clients;
    private final RequestLimits limits;
    private final Limits max;
    private final GeoReportWriter writer;
    private final Messages messages;

    ApiKeyFilter(Open311ClientService clients, RequestLimits limits, Limits max, GeoReportWriter writer, Messages messages) {
        this.clients = clients;
        this.limits = limits;
        this.max = max;
        this.writer = writer;
        this.messages = messages;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ApiClient client;
        try {
            if (!limits.allow("open311-address:" + request.getRemoteAddr(), max.perAddress(), max.window())) {
                refuse(request, response, HttpStatus.TOO_MANY_REQUESTS, "open311.error.too-many");
                return;
            }
            client = clients.authenticate(request.getParameter("api_key")).orElse(null);
            if (client == null) {
                refuse(request, response, HttpStatus.FORBIDDEN, "open311.error.key-invalid");
                return;
            }
            if (!limits.allow("open311-key:" + client.id(), max.perKey(), max.window())) {
                refuse(request, response, HttpStatus.TOO_MANY_REQUESTS, "open311.error.too-many");
                return;
            }
        } catch (RuntimeException failure) {
            // counting and key checks read the database: unreachable, it is the spec's error document with 503, as
            // the controllers answer (GeoReportErrors), not the container's error page
            if (!FailureMessage.of(failure).outage()) {
                throw failure;
            }
            refuse(request, response, HttpStatus.SERVICE_UNAVAILABLE, "open311.error.unavailable");
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(client, null,
                List.of(new SimpleGrantedAuthority("ROLE_API_CLIENT"))));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String messageKey) throws IOException {
        ResponseEntity<String> error = writer.error(status, GeoReportFormat.of(request.getRequestURI()),
                messages.get(OpenLocale.of(request), messageKey));
        response.setStatus(error.getStatusCode().value());
        response.setContentType(String.valueOf(error.getHeaders().getContentType()));
        if (status == HttpStatus.TOO_MANY_REQUESTS) {
            response.setHeader("Retry-After", Long.toString(max.window().toSeconds()));
        } else if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.setHeader("Retry-After", GeoReportErrors.RETRY_AFTER_OUTAGE);
        }
        response.getOutputStream().write(error.getBody().getBytes(StandardCharsets.UTF_8));
    }
}
