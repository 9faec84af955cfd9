package org.gridvoice.account;

import java.util.List;
import java.util.Map;

/**
 * Implemented by every module that keeps personal data about a user (a Spring bean in that module),
 * so that a user can download everything GridVoice holds about them and can have their account
 * erased (personal-data rights, PIPL). The account module collects all holders, in their
 * {@code @Order} (lowest first; a holder that must read something another erases goes first), and
 * erases the account itself after all of them, so a holder may still read the user's name or contacts.
 */
public interface PersonalDataHolder {

    /** The i18n key of this holder's section title in the download (e.g. {@code privacy.section.requests}). */
    String sectionKey();

    /** What this module holds about the user, one map per item (field name to value), for the JSON and the readable page. */
    List<Map<String, Object>> export(Long userId);

    /**
     * Erases the user's personal data in this module, in the deletion's transaction. Public
     * contributions stay under "a former resident" unless {@code withdrawContributions}, when they are
     * withdrawn; residents' words in cases stay, the person does not; ballots carry no identity and stay counted.
     */
    void erase(Long userId, boolean withdrawContributions);
}
