package org.gridvoice.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.Keys;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A real headless Chromium driven through chromedriver, with a browser language and a window width. */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    final ChromeDriver driver;
    private final String baseUrl;

    /** Skips the test where Chromium is not installed, except in CI, where it must be. */
    static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("CI must install chromium and chromium-driver (see .ci/run)");
        }
        Assumptions.assumeTrue(present, "Chromium is not installed: apt-get install chromium chromium-driver");
    }

    Browser(int port, String language) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--lang=" + language, "--window-size=1280,900");
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        var logging = new org.openqa.selenium.logging.LoggingPreferences();
        logging.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
        baseUrl = "http://localhost:" + port;
    }

    /**
     * A wait that looks every 50 ms, not Selenium's default 500 ms: most of what a test waits for
     * (a server round trip) is done in well under half a second.
     */
    WebDriverWait waiting(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(driver, timeout);
        wait.pollingEvery(Duration.ofMillis(50));
        return wait;
    }

    void open(String path) {
        driver.get(baseUrl + "/" + path);
        waitForVaadin();
    }

    /**
     * Goes to {@code path} the way a click on a link in the app does: the router navigates on the
     * server without reloading the page, so the view is the same as after {@link #open} at a fraction
     * of the time. Waits until the new view is shown and the app is idle.
     */
    void navigate(String path) {
        String target = "/" + path;
        js("""
                const a = document.createElement('a');
                a.href = arguments[0];
                document.body.appendChild(a);
                a.click();
                a.remove();""", target);
        waiting(Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(js("""
                const c = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                const busy = c && Object.values(c).some(x => x.isActive && x.isActive());
                return location.pathname + location.search === arguments[0] && !busy""", target)));
        waitForVaadin();
    }

    void width(int width) {
        driver.manage().window().setSize(new Dimension(width, 900));
        waitForVaadin();
    }

    void waitForVaadin() {
        try {
            untilVaadinIsIdle();
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                Files.createDirectories(Path.of("target", "screenshots"));
                Files.writeString(Path.of("target", "screenshots", "timeout.html"), driver.getPageSource());
                Files.writeString(Path.of("target", "screenshots", "timeout-console.txt"),
                        String.join("\n", driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll()
                                .stream().map(Object::toString).toList()));
                screenshot("timeout");
            } catch (Exception ignored) {
                // the timeout is what matters
            }
            throw e;
        }
    }

    private void untilVaadinIsIdle() {
        waiting(Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(js(
                "return document.readyState === 'complete' && !!document.querySelector('vaadin-app-layout')"
                        + " && !document.querySelector('vaadin-connection-indicator[loading]')")));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    void signIn(String email, String password) {
        open("login");
        WebElement user = waitFor(By.cssSelector("vaadin-login-form input[name='username']"));
        user.sendKeys(email);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        waiting(Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
        waitForVaadin();
    }

    /** Submits the sign-in form and returns the error the form then shows (empty if none). */
    String failedSignIn(String email, String password) {
        open("login");
        waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(email);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        waiting(Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("error"));
        waitForVaadin();
        waiting(Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
                js("return document.querySelector('vaadin-login-form').error")));
        return (String) js("return document.querySelector('vaadin-login-form').i18n.errorMessage.message");
    }

    void signOut() {
        driver.manage().deleteAllCookies();
    }

    /** The texts of the side navigation, in order. */
    @SuppressWarnings("unchecked")
    List<String> menu() {
        waitFor(By.cssSelector("vaadin-side-nav-item"));
        return (List<String>) js("return Array.from(document.querySelectorAll('vaadin-side-nav-item')).map(e => e.textContent.trim())");
    }

    WebElement waitFor(By by) {
        return waiting(Duration.ofSeconds(20)).until(d -> {
            var found = d.findElements(by);
            return found.isEmpty() ? null : found.getFirst();
        });
    }

    /** Waits until an element matching the CSS selector contains the text; survives page reloads. */
    void waitForText(String css, String text) {
        waiting(Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> Boolean.TRUE.equals(js("return Array.from(document.querySelectorAll(arguments[0]))"
                        + ".some(e => e.textContent.includes(arguments[1]))", css, text)));
    }

    /** Saves a screenshot under target/screenshots for people to look at. */
    void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Finds elements also inside shadow roots, tells their text without tooltips, and whether one is rendered. */
    static final String DEEP = """
            const gvAll = (selector) => {
              const found = [];
              const visit = (root) => {
                root.querySelectorAll(selector).forEach(e => found.push(e));
                root.querySelectorAll('*').forEach(e => { if (e.shadowRoot) visit(e.shadowRoot); });
              };
              visit(document);
              return found;
            };
            const gvText = (e) => Array.from(e.childNodes).filter(n => n.nodeName !== 'VAADIN-TOOLTIP')
                .map(n => n.textContent).join('').trim();
            const gvShown = (e) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
            """;
    // ---- finding and using rendered Vaadin components (also inside shadow roots) ----

    <T> T until(java.util.function.Function<WebDriver, T> condition) {
        return waiting(Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** Clicks the label of the rendered radio button with this label, and waits until it is checked and the server has answered. */
    void clickRadio(String label) {
        WebElement radio = byText("vaadin-radio-button", label);
        click((WebElement) js("return arguments[0].querySelector('label')", radio));
        until(d -> Boolean.TRUE.equals(js("return arguments[0].checked", radio)));
        // The choice goes to the server, which may swap the fields that follow: wait for its answer,
        // or a field found next can be one the server is about to replace.
        waitForVaadin();
    }

    /** The first rendered element (also inside shadow roots) matching the selector whose trimmed text is exactly the text. */
    WebElement byText(String css, String text) {
        return until(d -> (WebElement) js(DEEP + "return gvAll(arguments[0]).find(e => gvShown(e)"
                + " && gvText(e) === arguments[1]) || null;", css, text));
    }

    /** Whether a rendered element matching the selector has exactly this text. */
    boolean shown(String css, String text) {
        return Boolean.TRUE.equals(js(DEEP + "return gvAll(arguments[0]).some(e => gvShown(e)"
                + " && gvText(e) === arguments[1]);", css, text));
    }

    /** The rendered Vaadin field of that tag whose label is the label. */
    WebElement field(String tag, String label) {
        return until(d -> (WebElement) js(DEEP + "return gvAll(arguments[0]).find(e => gvShown(e)"
                + " && e.label === arguments[1]) || null;", tag, label));
    }

    /** Types into the native input or text area of a Vaadin field, then leaves it so that its value reaches the server. */
    void type(WebElement field, String text) {
        WebElement input = (WebElement) js("return arguments[0].querySelector('textarea, input')", field);
        click(input);
        input.sendKeys(text);
        until(d -> Boolean.TRUE.equals(js("return arguments[0].value.trim() === arguments[1].trim()", input, text)));
        js("arguments[0].blur()", input);
    }

    /** Opens the drop-down of a (multi-select) combo box and clicks the items with these texts, then closes it. */
    void choose(WebElement box, String itemTag, String... items) {
        WebElement input = (WebElement) js("return arguments[0].querySelector('input')", box);
        for (String item : items) {
            if (!Boolean.TRUE.equals(js("return arguments[0].opened", box))) {
                click(input);
                if (!Boolean.TRUE.equals(js("return arguments[0].opened", box))) {
                    input.sendKeys(Keys.ARROW_DOWN);
                }
                until(d -> Boolean.TRUE.equals(js("return arguments[0].opened", box)));
            }
            click(byText(itemTag, item));
        }
        if (Boolean.TRUE.equals(js("return arguments[0].opened", box))) {
            input.sendKeys(Keys.ESCAPE);
        }
        until(d -> Boolean.FALSE.equals(js("return !!arguments[0].opened", box)));
    }

    /**
     * Waits until the page's lazy grid shows a cell with the text, scrolling it down a few rows at a
     * time: a grid renders only the rows in view, and a busy list may hold the row far down.
     */
    void waitForGridText(String text) {
        until(d -> Boolean.TRUE.equals(js("""
                const grid = document.querySelector('vaadin-grid');
                if (!grid) return false;
                const shown = () => Array.from(grid.querySelectorAll('vaadin-grid-cell-content')).some(c => c.textContent.includes(arguments[0]));
                if (shown()) return true;
                grid.__gvNext = ((grid.__gvNext || 0) + 5) % Math.max(grid.size || 1, 1);
                grid.scrollToIndex(grid.__gvNext);
                return shown();""", text)));
    }

    /** Picks the item of a Vaadin select, again if a click during the overlay's opening animation landed on its neighbour. */
    void pick(WebElement select, String item) {
        for (int attempt = 0; attempt < 3; attempt++) {
            click(select);
            click(byText("vaadin-select-item", item));
            if (Boolean.TRUE.equals(js("const v = arguments[0].querySelector('vaadin-select-value-button');"
                    + " return !!v && v.textContent.trim() === arguments[1];", select, item))) {
                return;
            }
        }
        throw new AssertionError("could not pick " + item);
    }

    /**
     * Gives files to the Vaadin upload inside {@code container} through its file input, as a person
     * choosing them does, then waits until the container shows {@code images} images in all.
     */
    void upload(WebElement container, int images, java.nio.file.Path... files) {
        WebElement input = (WebElement) js("""
                const up = arguments[0].querySelector('vaadin-upload');
                return up.querySelector('input[type=file]') || up.shadowRoot.querySelector('input[type=file]');""", container);
        input.sendKeys(String.join("\n", java.util.Arrays.stream(files).map(f -> f.toAbsolutePath().toString()).toList()));
        waiting(Duration.ofSeconds(60)).until(d -> ((Number) js(
                "return Array.from(arguments[0].querySelectorAll('img')).filter(i => i.complete && i.naturalWidth > 0).length",
                container)).intValue() >= images);
    }

    void click(WebElement element) {
        js("arguments[0].scrollIntoView({block: 'center'})", element);
        try {
            element.click();
        } catch (ElementClickInterceptedException covered) {
            js("arguments[0].click()", element);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
