package org.gridvoice.open311.web;

import java.time.Duration;
import org.gridvoice.account.RequestLimits;
import org.gridvoice.open311.Open311ClientService;
import org.gridvoice.shared.i18n.Messages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The API's own filter chain, before the site's: stateless (no session, no Vaadin, no sign-in
 * page), no CSRF tokens (clients are programs that post forms with an api_key, not browsers with a
 * session), reads open to all, posts only with a key.
 */
@Configuration(proxyBeanMethods = false)
class Open311SecurityConfig {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain open311FilterChain(HttpSecurity http, Open311ClientService clients, RequestLimits limits, GeoReportWriter writer,
                                           Messages messages,
                                           @Value("${gridvoice.open311.max-posts-per-key:600}") int perKey,
                                           @Value("${gridvoice.open311.max-posts-per-address:300}") int perAddress,
                                           @Value("${gridvoice.open311.post-window:PT1H}") Duration window) throws Exception {
        ApiKeyFilter keys = new ApiKeyFilter(clients, limits, new ApiKeyFilter.Limits(perKey, perAddress, window), writer, messages);
        http.securityMatcher("/open311/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(keys, AuthorizationFilter.class)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/open311/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/open311/**").hasRole("API_CLIENT")
                        .anyRequest().denyAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                keys.refuse(request, response, HttpStatus.FORBIDDEN, "open311.error.key-invalid"))
                        .accessDeniedHandler((request, response, e) ->
                                keys.refuse(request, response, HttpStatus.FORBIDDEN, "open311.error.key-invalid")));
        return http.build();
    }
}
