package org.gridvoice.survey.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The random key that stands for one browser on an anonymous link survey: a cookie of its own (32 random
 * bytes, path /surveys, SameSite=Lax, a year), set when the survey's page is loaded and copied into the
 * session, where the survey screen reads it (its later requests go to the app's root, which the cookie's
 * path leaves out). Deleting the cookie or another browser answers again: the page says the limit is weak.
 */
@Configuration
public class SurveyBrowserKey {

    static final String COOKIE = "gv-survey-key";
    /** Where the session keeps this browser's key for the survey screen. */
    public static final String SESSION_ATTRIBUTE = SurveyBrowserKey.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> surveyBrowserKeyFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if ("GET".equals(request.getMethod())) {
                    String key = fromCookie(request).orElseGet(() -> {
                        String fresh = newKey();
                        Cookie cookie = new Cookie(COOKIE, fresh);
                        cookie.setPath("/surveys");
                        cookie.setMaxAge(365 * 24 * 3600);
                        cookie.setSecure(request.isSecure());
                        cookie.setAttribute("SameSite", "Lax");
                        response.addCookie(cookie);
                        return fresh;
                    });
                    request.getSession(true).setAttribute(SESSION_ATTRIBUTE, key);
                }
                chain.doFilter(request, response);
            }
        });
        registration.addUrlPatterns("/surveys/link/*");
        registration.setName("surveyBrowserKey");
        return registration;
    }

    static String newKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** A key of ours: 43 URL-safe base64 characters; anything else is replaced. */
    static Optional<String> fromCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue)
                .filter(v -> v != null && v.matches("[A-Za-z0-9_-]{43}")).findFirst();
    }
}
