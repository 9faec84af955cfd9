package org.gridvoice.account;

import java.util.List;

public record AccountSummary(Long id, String email, String displayName, boolean emailConfirmed, List<RoleGrantSummary> grants) {
}
