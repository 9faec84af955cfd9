package org.gridvoice.request.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import java.math.BigDecimal;
import java.util.List;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.casework.CaseStatus;
import org.gridvoice.place.CategoryService;
import org.gridvoice.place.CategorySummary;
import org.gridvoice.request.Filed;
import org.gridvoice.request.RequestForm;
import org.gridvoice.request.RequestService;
import org.gridvoice.request.RequestSummary;
import org.gridvoice.support.People;
import org.gridvoice.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Filing a request on its screen, saying "me too" instead of filing again, and finding requests in the public list. */
class RequestScreensTest extends ViewTest {

    // a corner of the grid no other test files at, so the "me too" candidates are only this test's
    private static final BigDecimal LAT = new BigDecimal("31.301234");
    private static final BigDecimal LNG = new BigDecimal("121.501234");

    @Autowired RequestService requests;
    @Autowired CategoryService categories;
    @Autowired JdbcClient jdbc;

    private CategorySummary environment;
    private CategorySummary parking;

    @BeforeEach
    void categories() {
        environment = categories.activeCategories().stream().filter(c -> c.code().equals("environment")).findFirst().orElseThrow();
        parking = categories.activeCategories().stream().filter(c -> c.code().equals("parking")).findFirst().orElseThrow();
    }

    private Filed file(SignedInUser author, CategorySummary category, String words, BigDecimal lat, BigDecimal lng) {
        People.actAs(author);
        Filed filed = requests.file(new RequestForm(category.id(), People.GRID_XINGFULI_1, "幸福里 7 号楼", lat, lng, words, List.of(), false));
        People.signOut();
        return filed;
    }

    @Test
    void a_resident_files_a_request_in_their_own_grid_and_lands_on_its_case() {
        SignedInUser resident = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        signIn(resident);
        navigate("requests/new");
        RequestFormFields fields = _get(RequestFormFields.class);
        assertThat(fields.grid.getValue().id()).as("the resident's verified grid").isEqualTo(People.GRID_XINGFULI_1);
        assertThat(fields.showName.getValue()).as("the name is hidden unless asked").isFalse();
        assertThat(fields.grid.getValue().fullName()).contains(" · ");

        String words = "东门垃圾桶满了没人清 " + System.nanoTime();
        set(fields.category, environment);
        set(fields.address, "幸福里东门");
        set(fields.description, words);
        assertThat(fields.description.getHelperText()).isEqualTo("已输入 " + words.length() + " / 2000 字");
        _click(_get(NewRequestView.class).submit);

        assertThat(currentPath()).matches("cases/\\d+");
        long caseId = Long.parseLong(currentPath().substring("cases/".length()));
        NotificationsKt.expectNotifications("诉求已提交，工单号 " + caseId + "。");
        assertThat(jdbc.sql("SELECT description FROM request WHERE case_id = :c").param("c", caseId).query(String.class).single())
                .isEqualTo(words);
    }

    @Test
    void a_refused_request_shows_why_next_to_the_field_and_keeps_what_was_typed() {
        inEnglish();
        signIn(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        navigate("requests/new");
        RequestFormFields fields = _get(RequestFormFields.class);
        String words = "Half a point only " + System.nanoTime();
        set(fields.category, environment);
        set(fields.description, words);
        set(fields.point.latitude, LAT);
        int before = jdbc.sql("SELECT COUNT(*) FROM request").query(Integer.class).single();
        _click(_get(NewRequestView.class).submit);

        assertThat(fields.address.isInvalid()).isTrue();
        assertThat(fields.address.getErrorMessage()).isEqualTo("Please fill this in.");
        assertThat(_find(NewRequestView.class)).as("still on the form").hasSize(1);
        assertThat(fields.description.getValue()).as("nothing typed is lost").isEqualTo(words);
        assertThat(fields.point.latitude.getValue()).isEqualByComparingTo(LAT);
        assertThat(_get(NewRequestView.class).submit.isEnabled()).as("ready to send again").isTrue();

        set(fields.address, "Building 7");
        _click(_get(NewRequestView.class).submit);
        assertThat(fields.point.longitude.isInvalid()).as("half a point, said next to the missing half").isTrue();
        assertThat(fields.point.longitude.getErrorMessage()).isEqualTo("Give both latitude and longitude, or neither.");
        assertThat(fields.address.isInvalid()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM request").query(Integer.class).single()).as("nothing filed").isEqualTo(before);
    }

    @Test
    void the_browser_location_fills_the_point_and_a_refusal_is_explained_politely() {
        inEnglish();
        signIn(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        navigate("requests/new");
        PointFields point = _get(RequestFormFields.class).point;
        point.answered("denied");
        assertThat(point.message.getText()).startsWith("Your browser did not share your location.");
        assertThat(point.latitude.getValue()).isNull();
        point.answered("31.3012345678,121.5012345678");
        assertThat(point.latitude.getValue()).isEqualByComparingTo("31.301235");
        assertThat(point.longitude.getValue()).isEqualByComparingTo("121.501235");
        assertThat(point.locate.isEnabled()).isTrue();
    }

    @Test
    void a_neighbours_recent_request_nearby_is_offered_and_me_too_supports_it() {
        SignedInUser neighbour = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        String words = "7 号楼路灯不亮 " + System.nanoTime();
        Filed theirs = file(neighbour, environment, words, LAT, LNG);

        SignedInUser me = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        signIn(me);
        navigate("requests/new");
        RequestFormFields fields = _get(RequestFormFields.class);
        MeTooPanel panel = _get(NewRequestView.class).meToo;
        assertThat(panel.items.getElement().getAttribute("aria-live")).isEqualTo("polite");
        set(fields.category, environment);
        set(fields.point.latitude, LAT.add(new BigDecimal("0.000300")));
        set(fields.point.longitude, LNG);
        List<Anchor> offered = _find(panel, Anchor.class);
        assertThat(offered).extracting(Anchor::getText).contains(words);
        assertThat(offered).extracting(Anchor::getHref).contains("cases/" + theirs.caseId());
        assertThat(_find(panel, com.vaadin.flow.component.html.Span.class)).extracting(s -> s.getText())
                .anyMatch(t -> t.startsWith("幸福里 7 号楼（约 3") && t.endsWith("暂无同诉"));

        set(fields.category, parking);
        assertThat(_find(panel, Anchor.class)).as("another category is another request").extracting(Anchor::getHref)
                .doesNotContain("cases/" + theirs.caseId());
        set(fields.category, environment);
        _click(_get(panel, Button.class, s -> s.withText("我也遇到了")));

        assertThat(currentPath()).isEqualTo("cases/" + theirs.caseId());
        NotificationsKt.expectNotifications("谢谢！您已同诉这条诉求，办理进展会通知您。");
        People.actAs(me);
        assertThat(requests.summary(theirs.requestId()).supporters()).isEqualTo(1);
        signIn(me);
        navigate("requests/new");
        MeTooPanel again = _get(NewRequestView.class).meToo;
        set(_get(RequestFormFields.class).category, environment);
        set(_get(RequestFormFields.class).point.latitude, LAT);
        set(_get(RequestFormFields.class).point.longitude, LNG);
        assertThat(_find(again, Button.class, s -> s.withText("我也遇到了"))).as("supported once").isEmpty();
        assertThat(_find(again, com.vaadin.flow.component.html.Span.class)).extracting(s -> s.getText()).contains("您已同诉");
    }

    @Test
    void the_public_list_filters_by_category_and_status_and_opens_the_case() {
        SignedInUser resident = people.verifiedResidentOf(People.GRID_XINGFULI_1);
        Filed litter = file(resident, environment, "列表里的垃圾 " + System.nanoTime(), null, null);
        Filed car = file(resident, parking, "列表里的停车 " + System.nanoTime(), null, null);

        navigate("requests");
        RequestsView view = _get(RequestsView.class);
        assertThat(ids(view.grid)).contains(litter.requestId(), car.requestId());
        set(view.filters.category, parking);
        assertThat(ids(view.grid)).contains(car.requestId()).doesNotContain(litter.requestId());
        set(view.filters.status, CaseStatus.CLOSED);
        assertThat(ids(view.grid)).doesNotContain(car.requestId());
        set(view.filters.status, null);
        set(view.filters.from, java.time.LocalDate.now().plusDays(1));
        assertThat(GridKt._fetch(view.grid, 0, 50)).as("nothing filed tomorrow").isEmpty();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("没有符合条件的诉求。");
        set(view.filters.from, null);

        RequestSummary row = GridKt._fetch(view.grid, 0, 50).stream().filter(r -> r.id() == car.requestId()).findFirst().orElseThrow();
        assertThat(row.authorName()).as("hidden from the public").isNull();
        view.grid.open(row);
        assertThat(currentPath()).isEqualTo("cases/" + car.caseId());
    }

    @Test
    void a_visitor_sees_the_list_and_is_sent_to_sign_in_to_file_one() {
        navigate("requests");
        assertThat(_find(RequestsView.class)).hasSize(1);
        assertThat(_find(Button.class, s -> s.withText("提交诉求（随手拍）"))).hasSize(1);
        assertThat(_find(com.vaadin.flow.component.sidenav.SideNavItem.class)).extracting(i -> i.getLabel()).contains("诉求")
                .doesNotContain("提交诉求");
        navigate("requests/new");
        assertThat(_find(NewRequestView.class)).as("filing needs an account").isEmpty();
        assertThat(currentPath()).isEqualTo("login");
        signIn(people.verifiedResidentOf(People.GRID_XINGFULI_1));
        navigate("requests");
        assertThat(_find(com.vaadin.flow.component.sidenav.SideNavItem.class)).extracting(i -> i.getLabel()).contains("诉求", "提交诉求");
    }

    private static List<Long> ids(RequestGrid grid) {
        return GridKt._fetch(grid, 0, 200).stream().map(RequestSummary::id).toList();
    }

    private static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }
}
