package org.gridvoice.notification.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.gridvoice.account.AccountService;
import org.gridvoice.account.PersonalDataHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A user's notifications and the consultations they follow; erased with the account. Notifications
 * of other people that named the person ("王芳 endorsed your proposal") then name "a former resident".
 */
@Component
class NotificationPersonalData implements PersonalDataHolder {

    private static final String FORMER_RESIDENT = "key:privacy.former-resident";

    private record Named(long id, String args) {
    }

    private final JdbcClient jdbc;
    private final AccountService accounts;

    NotificationPersonalData(JdbcClient jdbc, AccountService accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    @Override
    public String sectionKey() {
        return "privacy.section.notifications";
    }

    @Override
    public List<Map<String, Object>> export(Long userId) {
        return jdbc.sql("""
                SELECT 'NOTIFICATION' AS item, kind, REPLACE(args, :sep, ' | ') AS details, link, created_at AS at, read_at FROM notification
                WHERE user_id = :u
                UNION ALL
                SELECT 'FOLLOWS', 'CONSULTATION', c.title, CONCAT('consultations/', c.id), NULL, NULL
                FROM notification_follow f JOIN consultation c ON c.id = f.consultation_id WHERE f.user_id = :u
                ORDER BY at""").param("u", userId).param("sep", NotificationStore.SEPARATOR).query().listOfRows();
    }

    @Override
    public void erase(Long userId, boolean withdrawContributions) {
        jdbc.sql("DELETE FROM notification WHERE user_id = :u").param("u", userId).update();
        jdbc.sql("DELETE FROM notification_follow WHERE user_id = :u").param("u", userId).update();
        String name = accounts.displayNames(List.of(userId)).get(userId);
        if (name == null || name.isBlank()) {
            return;
        }
        for (Named n : jdbc.sql("SELECT id, args FROM notification WHERE INSTR(args, :n) > 0").param("n", name).query(Named.class).list()) {
            String[] args = n.args().split(NotificationStore.SEPARATOR, -1);
            boolean named = false;
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals(name)) {
                    args[i] = FORMER_RESIDENT;
                    named = true;
                }
            }
            if (named) {
                jdbc.sql("UPDATE notification SET args = :a WHERE id = :id").param("a", String.join(NotificationStore.SEPARATOR, Arrays.asList(args)))
                        .param("id", n.id()).update();
            }
        }
    }
}
