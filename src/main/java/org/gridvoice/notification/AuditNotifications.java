package org.gridvoice.notification;

import java.util.List;
import org.gridvoice.account.RoleService;
import org.gridvoice.audit.AuditChainBroken;
import org.gridvoice.notification.domain.Notifier;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells every administrator in the app when a verification finds the audit chain broken. */
@Component
class AuditNotifications {

    private final Notifier notifier;
    private final RoleService roles;

    AuditNotifications(Notifier notifier, RoleService roles) {
        this.notifier = notifier;
        this.roles = roles;
    }

    @ApplicationModuleListener
    void on(AuditChainBroken event) {
        for (Long admin : roles.administratorIds()) {
            notifier.notifyInAppOnly(admin, "AUDIT_CHAIN_BROKEN", List.of(Long.toString(event.firstBrokenSeq())), "admin/audit");
        }
    }
}
