package org.gridvoice.account;

import java.time.LocalDateTime;
import java.util.List;

/** Everything GridVoice holds about the signed-in user, section by section, as of {@code exportedAt}. */
public record PersonalData(Long userId, LocalDateTime exportedAt, List<PersonalDataSection> sections) {

    public PersonalData {
        sections = List.copyOf(sections);
    }
}
