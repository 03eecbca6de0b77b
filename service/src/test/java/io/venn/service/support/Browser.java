package io.venn.service.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through Debian's chromedriver, never a downloaded browser:
 * {@code webdriver.chrome.driver} is set explicitly, so Selenium Manager has nothing to fetch.
 */
public final class Browser implements AutoCloseable {
  public static final String HOW_TO_ENABLE =
      "Browser tests skipped: VENN_TEST_CHROME and VENN_TEST_CHROMEDRIVER are not set. Enable them with "
          + "'source .ci/test-services.sh && start_test_services' (or 'bash .ci/test-services.sh start' and export "
          + "the variables it prints), which installs Debian's chromium and chromium-driver.";
  public static final Path SCREENSHOTS = Path.of("target", "screenshots");

  public final ChromeDriver driver;
  public final Path downloads;

  private Browser(ChromeDriver driver, Path downloads) {
    this.driver = driver;
    this.downloads = downloads;
  }

  /** Skips the calling test, saying how to enable it, when Chromium is not configured. */
  public static Browser open() {
    String chrome = System.getenv("VENN_TEST_CHROME");
    String chromedriver = System.getenv("VENN_TEST_CHROMEDRIVER");
    boolean present = chrome != null && !chrome.isBlank() && chromedriver != null && !chromedriver.isBlank();
    if (!present) {
      System.out.println(HOW_TO_ENABLE);
    }
    assumeTrue(present, HOW_TO_ENABLE);
    try {
      System.setProperty("webdriver.chrome.driver", chromedriver);
      Path profile = Files.createTempDirectory("venn-chrome-profile");
      Path downloads = Files.createTempDirectory("venn-downloads");
      ChromeOptions options = new ChromeOptions();
      options.setBinary(chrome);
      options.addArguments(
          "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
          "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1280,800");
      options.setExperimentalOption(
          "prefs",
          Map.of("download.default_directory", downloads.toString(), "download.prompt_for_download", false));
      ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of(chromedriver).toFile()).build();
      ChromeDriver driver = new ChromeDriver(service, options);
      driver.manage().window().setSize(new Dimension(1280, 800));
      return new Browser(driver, downloads);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public WebDriverWait waiting(int seconds) {
    // The page redraws parts on every poll: an element read mid-redraw is simply read again.
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
    wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    return wait;
  }

  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /**
   * Records the body of every fetch and XHR response the page receives from now on, so a test can
   * check what reached the browser, not only what is on screen.
   */
  public void recordResponses() {
    js(
        """
        window.__responses = [];
        const f = window.fetch;
        window.fetch = async (...a) => { const r = await f(...a); r.clone().text().then(t => window.__responses.push(t)); return r; };
        const send = XMLHttpRequest.prototype.send;
        XMLHttpRequest.prototype.send = function (...a) {
          this.addEventListener('load', () => window.__responses.push(this.responseText)); return send.apply(this, a); };
        """);
  }

  @SuppressWarnings("unchecked")
  public List<String> responses() {
    return (List<String>) js("return window.__responses || [];");
  }

  /** Every resource the page loaded, as absolute URLs. */
  @SuppressWarnings("unchecked")
  public List<String> resourceUrls() {
    return (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name).concat([location.href]);");
  }

  public Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
