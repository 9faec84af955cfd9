package org.gridvoice.shared.mail;

import org.springframework.web.util.HtmlUtils;

/** A mail ready to queue: recipient, subject, plain text and the same text as simple HTML. */
public record OutgoingMail(String recipient, String subject, String text, String html) {

    /** Builds the HTML part from paragraphs of plain text and one call-to-action link. */
    public static OutgoingMail of(String recipient, String subject, String greeting, String body, String linkText, String link) {
        String text = greeting + "\n\n" + body + "\n\n" + linkText + ":\n" + link + "\n";
        String html = "<p>" + HtmlUtils.htmlEscape(greeting) + "</p><p>" + HtmlUtils.htmlEscape(body).replace("\n", "<br>") + "</p>"
                + "<p><a href=\"" + HtmlUtils.htmlEscape(link) + "\">" + HtmlUtils.htmlEscape(linkText) + "</a></p>";
        return new OutgoingMail(recipient, subject, text, html);
    }

    /** A mail with no link. */
    public static OutgoingMail of(String recipient, String subject, String greeting, String body) {
        return new OutgoingMail(recipient, subject, greeting + "\n\n" + body + "\n",
                "<p>" + HtmlUtils.htmlEscape(greeting) + "</p><p>" + HtmlUtils.htmlEscape(body) + "</p>");
    }

    /** The same mail with a closing line and link, such as "unsubscribe". */
    public OutgoingMail withFooter(String footerText, String footerLink) {
        return new OutgoingMail(recipient, subject, text + "\n--\n" + footerText + ": " + footerLink + "\n",
                html + "<hr><p style=\"font-size:small\"><a href=\"" + HtmlUtils.htmlEscape(footerLink) + "\">"
                        + HtmlUtils.htmlEscape(footerText) + "</a></p>");
    }
}
