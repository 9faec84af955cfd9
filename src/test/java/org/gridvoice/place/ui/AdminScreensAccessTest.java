package org.gridvoice.place.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gridvoice.place.ui.AdminScreens.opens;

import com.vaadin.flow.component.Component;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gridvoice.account.ui.AccountsView;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.Test;

class AdminScreensAccessTest extends ViewTest {

    private static final Map<String, Class<? extends Component>> ADMIN_SCREENS = new LinkedHashMap<>();

    static {
        ADMIN_SCREENS.put("admin/places", PlacesView.class);
        ADMIN_SCREENS.put("admin/offices", OfficesView.class);
        ADMIN_SCREENS.put("admin/categories", CategoriesView.class);
        ADMIN_SCREENS.put("admin/accounts", AccountsView.class);
    }

    @Test
    void residents_and_committee_members_cannot_open_any_admin_screen_but_an_administrator_opens_them_all() {
        inEnglish();
        signIn(people.resident());
        ADMIN_SCREENS.forEach((route, view) -> assertThat(opens(route, view)).as("resident on " + route).isFalse());

        signIn(people.committeeOf(People.COMMUNITY_XINGFULI));
        ADMIN_SCREENS.forEach((route, view) -> assertThat(opens(route, view)).as("committee member on " + route).isFalse());

        signIn(people.admin());
        ADMIN_SCREENS.forEach((route, view) -> assertThat(opens(route, view)).as("administrator on " + route).isTrue());
    }
}
