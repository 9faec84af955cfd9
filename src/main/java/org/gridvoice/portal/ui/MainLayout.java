package org.gridvoice.portal.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gridvoice.account.CurrentUser;
import org.gridvoice.account.SignedInUser;
import org.gridvoice.notification.NotificationService;
import org.springframework.security.core.GrantedAuthority;

/** The frame of every screen: header with language and user menu, side navigation built from {@code @Menu} entries. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final CurrentUser currentUser;
    private final AuthenticationContext authentication;
    private final LanguageSwitch languageSwitch;
    private final NotificationService notifications;
    private final SideNav nav = new SideNav();
    private final HorizontalLayout userArea = new HorizontalLayout();
    /** The language and roles the menu was built for. */
    private List<Object> navBuiltFor;
    /** The language and the signed-in user (id and name) the header's right side was built for. */
    private List<Object> userAreaBuiltFor;
    /** The signed-in user's bell, its count badge, and the unread count they show. */
    private Button bell;
    private Span bellCount;
    private long unreadShown = -1;

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication, LanguageSwitch languageSwitch,
                      NotificationService notifications) {
        this.notifications = notifications;
        this.currentUser = currentUser;
        this.authentication = authentication;
        this.languageSwitch = languageSwitch;
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        Span title = new Span(getTranslation("app.name"));
        title.addClassName("gv-app-title");
        userArea.setAlignItems(FlexComponent.Alignment.CENTER);
        HorizontalLayout header = new HorizontalLayout(toggle, title, userArea);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.addClassName("gv-header");
        addToNavbar(header);

        Anchor brand = new Anchor("", getTranslation("app.name"));
        brand.addClassName("gv-brand");
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        addToDrawer(brand, nav);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        buildNav();
        buildUserArea();
    }

    /**
     * Builds the menu, unless it is already built for this language and these roles: collecting the entries checks
     * access to every screen, and Vaadin looks its role checker up through the class path for each (in a JFR profile of
     * issue 19's browser benchmark on the production jar, 13 % of the request threads' samples). Roles are read again
     * on every request, so a role granted or taken meanwhile still changes the menu at the next navigation.
     */
    private void buildNav() {
        List<Object> key = List.of(getLocale(), authentication.isAuthenticated(),
                authentication.getGrantedAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet()));
        if (key.equals(navBuiltFor)) {
            return;
        }
        navBuiltFor = key;
        nav.removeAll();
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null && !entry.icon().isBlank()) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        });
    }

    /**
     * Builds the header's right side (language, bell, user menu), unless it is already built for this language and
     * user: then only the bell's count is brought up to date. Rebuilt on every navigation, its language select and menu
     * bar were created afresh in the browser each time, and the select sent its initial events back to the server.
     */
    private void buildUserArea() {
        Optional<SignedInUser> user = currentUser.get();
        List<Object> key = Arrays.asList(getLocale(), user.map(SignedInUser::id).orElse(null), user.map(SignedInUser::displayName).orElse(null));
        if (key.equals(userAreaBuiltFor)) {
            if (bell != null) {
                showUnread();
            }
            return;
        }
        userAreaBuiltFor = key;
        userArea.removeAll();
        bell = null;
        userArea.add(languageSwitch.create());
        user.ifPresentOrElse(this::addUserMenu, () -> {
            Button login = new Button(getTranslation("nav.login"), e -> getUI().ifPresent(ui -> ui.navigate("login")));
            login.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button register = new Button(getTranslation("nav.register"), e -> getUI().ifPresent(ui -> ui.navigate("register")));
            register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            userArea.add(login, register);
        });
    }

    private void addBell() {
        bell = new Button(new Icon(VaadinIcon.BELL), e -> getUI().ifPresent(ui -> ui.navigate("notifications")));
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        bell.addClassName("gv-bell");
        bellCount = new Span();
        bellCount.getElement().getThemeList().add("badge error primary small pill");
        bellCount.addClassName("gv-bell-count");
        bellCount.getElement().setAttribute("aria-hidden", "true");
        unreadShown = -1;
        showUnread();
        userArea.add(bell);
    }

    /** The bell's label and count badge, changed only when the unread count did. */
    private void showUnread() {
        long unread = notifications.unreadCount();
        if (unread == unreadShown) {
            return;
        }
        unreadShown = unread;
        bell.setAriaLabel(getTranslation("notification.bell", unread));
        bell.setTooltipText(getTranslation("notification.bell", unread));
        bellCount.setText(unread > 99 ? "99+" : Long.toString(unread));
        bell.setSuffixComponent(unread > 0 ? bellCount : null);
    }

    private void addUserMenu(SignedInUser user) {
        addBell();
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        menu.addClassName("gv-user-menu");
        menu.getElement().setAttribute("aria-label", getTranslation("nav.user-menu"));
        Span name = new Span(user.displayName());
        name.addClassName("gv-user-name");
        var root = menu.addItem(new HorizontalLayout(new Icon(VaadinIcon.USER), name));
        root.getSubMenu().addItem(getTranslation("nav.my-activity"), e -> getUI().ifPresent(ui -> ui.navigate("my-activity")));
        root.getSubMenu().addItem(getTranslation("nav.profile"), e -> getUI().ifPresent(ui -> ui.navigate("profile")));
        root.getSubMenu().addItem(getTranslation("nav.logout"), e -> authentication.logout());
        userArea.add(menu);
    }
}
