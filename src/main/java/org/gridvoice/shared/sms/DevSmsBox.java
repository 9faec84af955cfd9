package org.gridvoice.shared.sms;

import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Reads the development gateway's messages, newest first: for administrators, and on the embedded demo for anyone. */
@Component
public class DevSmsBox {

    private final JdbcClient jdbc;
    private final boolean demo;

    DevSmsBox(JdbcClient jdbc, @Value("${gridvoice.mail-catcher.page:}") String demoMailPage) {
        this.jdbc = jdbc;
        // the embedded demo's mail catcher shows mail to anyone; its text messages may be shown alike
        this.demo = StringUtils.hasText(demoMailPage);
    }

    /** A page of the kept messages, newest first. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<DevSms> page(int offset, int limit) {
        return list(offset, limit);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM shared_dev_sms").query(Long.class).single();
    }

    /** The newest messages for the embedded demo's public mail page; nothing on any other installation. */
    public List<DevSms> forDemo(int limit) {
        return demo ? list(0, limit) : List.of();
    }

    private List<DevSms> list(int offset, int limit) {
        return jdbc.sql("SELECT id, phone, template, language, text, sent_at FROM shared_dev_sms ORDER BY id DESC LIMIT :limit OFFSET :offset")
                .param("limit", limit).param("offset", offset).query(DevSms.class).list();
    }
}
