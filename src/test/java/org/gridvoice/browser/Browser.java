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

    void open(String path) {
        driver.get(baseUrl + "/" + path);
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
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(js(
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
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !d.getCurrentUrl().contains("/login"));
        waitForVaadin();
    }

    /** Submits the sign-in form and returns the error the form then shows (empty if none). */
    String failedSignIn(String email, String password) {
        open("login");
        waitFor(By.cssSelector("vaadin-login-form input[name='username']")).sendKeys(email);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("error"));
        waitForVaadin();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> Boolean.TRUE.equals(
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
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
            var found = d.findElements(by);
            return found.isEmpty() ? null : found.getFirst();
        });
    }

    /** Waits until an element matching the CSS selector contains the text; survives page reloads. */
    void waitForText(String css, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
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

    @Override
    public void close() {
        driver.quit();
    }
}
