package org.gridvoice.account;

/** A role held by a user, with its scope's name where it has one. */
public record RoleGrantSummary(Long id, Long userId, Role role, Long communityId, String communityName, Long officeId, String officeName) {

    /** The scope's name, or an empty string for global roles. */
    public String scopeName() {
        return communityName != null ? communityName : officeName != null ? officeName : "";
    }
}
