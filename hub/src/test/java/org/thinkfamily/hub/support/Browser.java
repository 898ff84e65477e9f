package org.thinkfamily.hub.support;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium from Debian's packages (never a downloaded browser), signed in to the hub through its login form. */
public final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private final WebDriver driver;
    private final String base;

    public Browser(int port) {
        ChromeOptions options = new ChromeOptions()
                .setBinary(CHROMIUM.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,2200");
        // the driver and binary named: Selenium Manager is never asked to download anything
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        this.base = "http://127.0.0.1:" + port;
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String path) {
        driver.get(base + path);
    }

    /** Signs in as a demo account ({@code user}, password {@code user-demo}) through the login form. */
    public void signIn(String user) {
        open("/login");
        driver.manage().deleteAllCookies(); // whoever was signed in before is not any more
        open("/");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user + "-demo");
        follow(driver.findElement(By.cssSelector("main button[type=submit]")));
    }

    /**
     * Clicks a link or a form's button and waits until the page it was on has gone: a click returns before
     * the browser has always started the next page, and reading straight after it could find the old one.
     */
    public void follow(WebElement linkOrButton) {
        WebElement page = driver.findElement(By.tagName("html"));
        linkOrButton.click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
    }

    public void follow(By linkOrButton) {
        follow(driver.findElement(linkOrButton));
    }

    /** The session cookie, for checking with a plain HTTP client what the browser cannot see (a status, a missing token). */
    public String sessionCookie() {
        Cookie session = driver.manage().getCookieNamed("JSESSIONID");
        return session.getName() + "=" + session.getValue();
    }

    public Path screenshot(String name) throws IOException {
        Path file = Path.of("target", "browser", name + ".png");
        Files.createDirectories(file.getParent());
        Files.copy(
                ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(),
                file,
                StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    /** Looks at the page as a person would: a screenshot (under target/browser) and the accessibility check. */
    public Path check(String name) throws IOException {
        Path shot = screenshot(name);
        assertAccessible();
        return shot;
    }

    /**
     * Runs axe-core (Deque's, through Selenium) on the page as it stands and fails on any serious or critical
     * violation, naming the rule and the elements.
     */
    public void assertAccessible() {
        Results results = new AxeBuilder().analyze(driver);
        List<String> serious = results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(rule -> rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                        + rule.getNodes().stream()
                                .map(node -> String.valueOf(node.getTarget()))
                                .toList())
                .toList();
        if (!serious.isEmpty()) {
            throw new AssertionError(
                    "accessibility violations on " + driver.getCurrentUrl() + ":\n" + String.join("\n", serious));
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
