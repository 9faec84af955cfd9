package org.gridvoice.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridvoice.shared.validation.InvalidInput;
import org.gridvoice.support.GridVoiceTest;
import org.gridvoice.support.People;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A street's code is its Open311 jurisdiction_id: URL-safe, unique, optional, and kept when a form does not name it. */
@GridVoiceTest
class StreetCodeTest {

    @Autowired PlaceService places;
    @Autowired People people;

    @AfterEach
    void signOut() {
        People.signOut();
    }

    @Test
    void the_demo_street_has_a_code_and_a_street_is_found_by_its_code() {
        assertThat(places.streetByCode("xinhualu")).hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("新华路街道"));
        assertThat(places.streetByCode("nowhere")).isEmpty();
        assertThat(places.streetByCode(" ")).isEmpty();
    }

    @Test
    void an_admin_gives_changes_keeps_and_removes_a_code_and_bad_or_taken_codes_are_refused() {
        People.actAs(people.admin());
        String code = "test-" + System.nanoTime() % 1_000_000_000;
        StreetSummary street = places.saveStreet(null, new StreetForm("代码街道" + System.nanoTime(), 0, "  " + code + " "));
        assertThat(street.code()).isEqualTo(code);
        assertThat(places.saveStreet(street.id(), new StreetForm(street.name(), 3)).code()).as("no code in the form keeps it").isEqualTo(code);

        assertThatThrownBy(() -> places.saveStreet(street.id(), new StreetForm(street.name(), 0, "Xin Hua")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("open311.street-code.format");
        assertThatThrownBy(() -> places.saveStreet(street.id(), new StreetForm(street.name(), 0, "xinhualu")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("open311.street-code.taken");
        assertThat(places.streetByCode(code)).isPresent();

        assertThat(places.saveStreet(street.id(), new StreetForm(street.name(), 0, "")).code()).isNull();
        assertThat(places.streetByCode(code)).isEmpty();
    }
}
