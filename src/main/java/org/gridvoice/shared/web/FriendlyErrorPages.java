package org.gridvoice.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Map;
import org.gridvoice.shared.i18n.Messages;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

/**
 * Spring's {@code /error} page for requests that are not Vaadin screens (open-data downloads,
 * forms posted to Spring Security): the same friendly words as the screens' error views, in the
 * browser's language, instead of the "Whitelabel Error Page". Never shows the exception, its
 * message or a stack trace (those stay in the log).
 */
@Component
class FriendlyErrorPages implements ErrorViewResolver {

    private final Messages messages;

    FriendlyErrorPages(Messages messages) {
        this.messages = messages;
    }

    @Override
    public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
        String kind = switch (status) {
            case BAD_REQUEST, NOT_FOUND, METHOD_NOT_ALLOWED, GONE -> "not-found";
            case UNAUTHORIZED, FORBIDDEN -> "denied";
            default -> "generic";
        };
        Locale locale = Messages.supported(request.getLocale());
        View view = (m, req, response) -> {
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            String title = HtmlUtils.htmlEscape(messages.get(locale, "app.error." + kind + ".title"));
            response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + "</title></head>"
                    + "<body><main><h1>" + title
                    + "</h1><p>" + HtmlUtils.htmlEscape(messages.get(locale, "app.error." + kind + ".text")) + "</p><p><a href=\"/\">"
                    + HtmlUtils.htmlEscape(messages.get(locale, "app.error.home")) + "</a></p></main></body></html>");
        };
        ModelAndView page = new ModelAndView(view);
        page.setStatus(status);
        return page;
    }
}
