package org.gridvoice.embedded.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.gridvoice.embedded.CaughtMail;
import org.gridvoice.embedded.DemoMailCatcher;
import org.gridvoice.shared.PhoneNumbers;
import org.gridvoice.shared.sms.DevSms;
import org.gridvoice.shared.sms.DevSmsBox;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * The embedded demo's mailbox: every mail the app sent, newest first, with its links clickable.
 * Registered only while the demo mail catcher runs. Anyone on the demo may read it, on purpose:
 * a newcomer must open their confirmation mail before they can sign in, and the demo's accounts
 * and password are public anyway; a real installation has neither this page nor the catcher.
 * Text messages the development gateway kept (sign-up codes of phone accounts) are listed too.
 */
@Route(value = DemoMailCatcher.PAGE, registerAtStartup = false)
@AnonymousAllowed
public class DemoMailsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final int TEXTS = 20;

    private final VerticalLayout list = new VerticalLayout();
    private final VerticalLayout texts = new VerticalLayout();
    private final DevSmsBox sms;

    public DemoMailsView(DevSmsBox sms) {
        this.sms = sms;
        texts.setPadding(false);
        texts.setId("demo-sms");
        addClassName("gv-page");
        list.setPadding(false);
        Paragraph intro = new Paragraph(getTranslation("mail.catcher.intro"));
        intro.addClassName("gv-note");
        Button refresh = new Button(getTranslation("mail.catcher.refresh"), VaadinIcon.REFRESH.create(), e -> show());
        add(new H2(getTranslation("mail.catcher.title")), intro, refresh, new H3(getTranslation("devsms.demo.title")), texts,
                new H3(getTranslation("devsms.demo.mails")), list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.catcher.title");
    }

    private void show() {
        showTexts();
        list.removeAll();
        if (!DemoMailCatcher.running()) {
            list.add(new Paragraph(getTranslation("mail.catcher.not-running")));
            return;
        }
        List<CaughtMail> mails = DemoMailCatcher.mails();
        if (mails.isEmpty()) {
            list.add(new Paragraph(getTranslation("mail.catcher.empty")));
        }
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        for (int i = 0; i < mails.size(); i++) {
            list.add(entry(mails.get(i), time, i == 0));
        }
    }

    private void showTexts() {
        texts.removeAll();
        List<DevSms> kept = sms.forDemo(TEXTS);
        if (kept.isEmpty()) {
            texts.add(new Paragraph(getTranslation("devsms.demo.empty")));
        }
        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale());
        for (DevSms text : kept) {
            Div line = new Div();
            line.setText(getTranslation("devsms.demo.line", time.format(text.sentAt()), PhoneNumbers.display(text.phone()), text.text()));
            line.getStyle().set("overflow-wrap", "anywhere");
            line.addClassName("gv-demo-sms");
            texts.add(line);
        }
    }

    private Details entry(CaughtMail mail, DateTimeFormatter time, boolean open) {
        Div summary = new Div();
        summary.setText(getTranslation("mail.catcher.summary", time.format(mail.received()), mail.recipients(), mail.subject()));
        // long addresses and subjects wrap on a phone instead of widening the page
        summary.getStyle().set("white-space", "normal").set("overflow-wrap", "anywhere");
        Details details = new Details(summary, body(mail));
        details.setOpened(open);
        details.setWidthFull();
        details.addClassName("gv-demo-mail");
        return details;
    }

    /** The HTML part through an allow-list (links, paragraphs, emphasis), or else the text part as it is. */
    private static com.vaadin.flow.component.Component body(CaughtMail mail) {
        if (mail.html() != null) {
            Div html = new Div();
            html.getElement().setProperty("innerHTML", Jsoup.clean(mail.html(), Safelist.basic()));
            return html;
        }
        return new Pre(mail.text() == null ? "" : mail.text());
    }
}
