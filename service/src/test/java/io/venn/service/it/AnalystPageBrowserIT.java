package io.venn.service.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.venn.pipeline.MatchConfig;
import io.venn.pipeline.Pipeline;
import io.venn.service.job.Matcher;
import io.venn.service.support.Browser;
import io.venn.service.support.Scenario;
import io.venn.service.support.Scenario.Org;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole partner workflow in headless Chromium, as two analysts would do it: sign in, upload,
 * invite and accept, choose lists, share, match, read the heatmap, drill down, export, flag a wrong
 * match. Asserts what a person sees and what reached the browser.
 */
class AnalystPageBrowserIT extends ItBase {
  private Browser browser;

  @DynamicPropertySource
  static void props(DynamicPropertyRegistry r) {
    r.add("spring.datasource.url", () -> databaseIn("browser"));
    r.add("venn.min-cell-count", () -> "2");
  }

  /**
   * The real engine (with the job's threshold and the partners' feedback, not its progress), then a
   * few seconds of reported progress, so the page's live progress can be watched.
   */
  @TestConfiguration
  static class SlowProgress {
    @Bean
    @Primary
    Matcher slowMatcher() {
      return (left, right, config) -> {
        MatchConfig quiet = MatchConfig.builder().threshold(config.threshold()).feedback(config.feedback()).build();
        var result = Pipeline.match(left, right, quiet);
        for (int step = 1; step <= 5; step++) {
          config.progress().progress(step / 6.0, "score");
          sleep(700);
        }
        return result;
      };
    }
  }

  @BeforeEach
  void openBrowser() {
    browser = Browser.open();
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void wholeWorkflow_inTheBrowser() throws IOException {
    Org acme = scenario.signUp("Acme");
    Org globex = scenario.signUp("Globex");
    browser.driver.get(api.base() + "/");
    browser.recordResponses();

    // Acme signs in, uploads by picking a file, sees the report, invites Globex.
    signIn(acme);
    assertThat(text("app")).doesNotContain(acme.key());
    assertThat(browser.driver.getCurrentUrl()).doesNotContain(acme.key());
    tab("lists");
    upload("acme-accounts.csv", Scenario.ACME_CSV + "a8,,,,Customers,Nobody\n");
    WebElement report = waitFor(By.id("report"));
    assertThat(report.getText()).contains("7 accounts accepted of 8 rows", "1 rejected", "Customers · 4", "Prospects · 2");
    assertThat(report.findElement(By.tagName("table")).getText()).contains("9"); // the rejected row's line
    assertThat(text("lists-table")).contains("acme-accounts.csv", "7");
    browser.screenshot("01-upload-report");
    tab("partnerships");
    find(By.id("invite-id")).sendKeys(globex.id());
    find(By.cssSelector("#invite button")).click();
    waitText(By.id("partnership"), "Waiting for Globex to accept");
    signOut();

    // Globex signs in, uploads, accepts, chooses its list, shares Customers' name and domain, hides Partners.
    signIn(globex);
    tab("lists");
    upload("globex-accounts.csv", Scenario.GLOBEX_CSV);
    waitFor(By.id("report"));
    tab("partnerships");
    waitFor(By.id("accept")).click();
    browser.waiting(20).until(d -> "active".equals(browser.js("const b = document.querySelector('.phead .badge'); return b && b.textContent;")));
    chooseList("globex-accounts.csv");
    setLevel("Customers", "OVERLAPS");
    checkbox("Customers", "id").click(); // defaults are name and domain; toggling id on and off again
    checkbox("Customers", "id").click();
    setLevel("Partners", "HIDDEN");
    String summary = text("sharing-summary");
    assertThat(summary).contains("Customers: the overlapping accounts only, with name, domain.", "Partners: nothing");
    assertThat(summary).contains("Prospects: how many of its accounts overlap theirs, never which ones");
    find(By.id("save-sharing")).click();
    waitText(By.id("status"), "Sharing saved");
    browser.screenshot("02-sharing-editor");
    signOut();

    // Acme chooses its list and starts a match; progress moves while the page is left alone.
    signIn(acme);
    browser.js("window.__responses = [];"); // from here on, what Acme's session receives
    chooseList("acme-accounts.csv");
    waitFor(By.id("start-job")).click();
    List<String> seen = new ArrayList<>();
    long deadline = System.currentTimeMillis() + 60_000;
    while (browser.driver.findElements(By.id("heatmap")).isEmpty() && System.currentTimeMillis() < deadline) {
      // Read in the page: the row is replaced on every poll, so a held element would go stale.
      String t = (String) browser.js("const e = document.querySelector('#jobs .job-progress'); return e ? e.textContent : null;");
      if (t != null && (seen.isEmpty() || !seen.get(seen.size() - 1).equals(t))) {
        seen.add(t);
      }
      if (seen.size() == 2) {
        browser.js("document.getElementById('jobs-box').scrollIntoView()");
        browser.screenshot("03-job-progress");
      }
      sleep(150);
    }
    assertThat(seen).as("progress seen without reloading").hasSizeGreaterThanOrEqualTo(3);
    assertThat(seen).anyMatch(s -> s.matches("(1[0-9]|[2-8][0-9])% · score"));

    // The heatmap: Acme's rows, Globex's visible columns, values, totals, < k, record columns apart.
    WebElement heatmap = waitFor(By.id("heatmap"));
    assertThat(headers(heatmap, "thead th[data-column]")).containsExactly("Customers", "Prospects");
    assertThat(heatmap.getText()).doesNotContain("Partners");
    assertThat(cell("Customers", "Customers").getText()).isEqualTo("1");
    assertThat(cell("Prospects", "Customers").getText()).isEqualTo("1");
    assertThat(cell("Open Opportunities", "Customers").getText()).isEqualTo("0");
    assertThat(cell("Prospects", "Prospects").getText()).isEqualTo("< 2");
    assertThat(cell("Customers", "Prospects").getText()).isEqualTo("< 2");
    assertThat(heatmap.findElement(By.cssSelector("th[data-column='Customers']")).getText()).contains("RECORDS SHARED");
    assertThat(heatmap.findElement(By.cssSelector("th[data-column='Prospects']")).getText()).contains("COUNTS ONLY");
    assertThat(heatmap.findElements(By.cssSelector("td[data-theirs='Prospects'] button"))).isEmpty();
    assertThat(heatmap.findElements(By.cssSelector("td[data-theirs='Customers'] button"))).hasSize(2);
    assertThat(heatmap.findElements(By.cssSelector("tfoot td")).stream().map(WebElement::getText).toList())
        .containsExactly("2", "0", "2");
    assertThat(browser.js("return getComputedStyle(arguments[0]).backgroundColor", cell("Customers", "Customers")))
        .isNotEqualTo(browser.js("return getComputedStyle(arguments[0]).backgroundColor", cell("Open Opportunities", "Customers")));
    browser.js("document.getElementById('matrix-box').scrollIntoView()");
    browser.screenshot("04-heatmap");

    // Drill-down by keyboard: caption, count, shared fields only, score and evidence.
    cell("Customers", "Customers").findElement(By.tagName("button")).sendKeys(Keys.ENTER);
    WebElement drill = waitFor(By.id("cell-table"));
    assertThat(text("cell-caption")).isEqualTo("Your Customers × Globex's Customers — 1 shared account");
    waitText(By.cssSelector("#cell-table .evidence"), "name");
    assertThat(drill.getText()).contains("Siemens AG", "siemens.com", "a1", "1.000").doesNotContain("Zed", "b1");
    assertThat(text("cell-page")).isEqualTo("Page 1 of 1 · 1 account");
    find(By.id("cell-search")).sendKeys("nomatch");
    waitText(By.id("cell-page"), "0 accounts");
    find(By.id("cell-search")).clear();
    find(By.id("cell-search")).sendKeys("siem");
    waitText(By.id("cell-page"), "1 account match");
    browser.js("document.getElementById('cell-box').scrollIntoView()");
    browser.screenshot("05-drill-down");

    // CSV export of the cell, saved by the browser.
    find(By.id("export-csv")).click();
    Path csv = awaitDownload();
    String exported = Files.readString(csv);
    assertThat(exported).startsWith("mine_population,theirs_population,score,").contains("Siemens AG").doesNotContain("Zed", "Xi");
    assertThat(exported.lines().count()).isEqualTo(2);

    // Nothing of a COUNTS or HIDDEN population of Globex reached the page, and nothing came from elsewhere.
    String everything = String.join("\n", browser.responses()) + browser.driver.getPageSource();
    // ("Partners" quoted or as an element's text: the word also starts "Partnerships".)
    assertThat(everything).doesNotContain("Yan", "Uma", "\"b2\"", "\"b4\"", "\"b6\"", "Tess", "\"b7\"", "\"Partners\"", ">Partners<");
    assertThat(browser.resourceUrls()).allMatch(u -> u.startsWith(api.base()), "served by the app itself");

    // Not a match: flagged, audited, and gone from the next run for both sides.
    find(By.cssSelector("#cell-table button.flag")).click();
    waitText(By.id("cell-table"), "Flagged: removed from the next run");
    find(By.id("start-job")).click();
    waitText(By.cssSelector("#jobs tbody tr:first-child"), "succeeded", 60);
    waitFor(By.cssSelector("#heatmap td[data-mine='Customers'][data-theirs='Customers']"));
    waitText(By.cssSelector("td[data-mine='Customers'][data-theirs='Customers']"), "0");
    tab("audit");
    waitText(By.id("audit-table"), "flagged a match");
    assertThat(text("audit-table")).contains("uploaded a list", "changed what it shares", "viewed shared accounts", "exported shared accounts");
    browser.screenshot("06-audit");

    // Phone width: still readable, no sideways page scroll.
    browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    tab("partnerships");
    waitFor(By.id("heatmap"));
    assertThat((Long) browser.js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")).isLessThanOrEqualTo(0L);
    browser.screenshot("07-phone");
    signOut();
    assertThat(browser.js("return sessionStorage.getItem('vennKey')")).isNull();
  }

  /**
   * The README's screenshot: the demo lists matched, the heatmap at 1280x800 as Northwind sees it, and
   * every cell and total on screen equal to the matrix the API serves.
   */
  @Test
  void heatmap_ofTheDemoLists_showsTheServedMatrix() throws IOException {
    Org northwind = scenario.signUp("Northwind Traders");
    Org contoso = scenario.signUp("Contoso Partners");
    String n = scenario.upload(northwind, demo("northwind-accounts.csv"));
    String c = scenario.upload(contoso, demo("contoso-accounts.csv"));
    java.util.Map<String, Object> sharing = java.util.Map.of(
        "default", java.util.Map.of("level", "COUNTS"),
        "populations", java.util.Map.of(
            "Customers", java.util.Map.of("level", "OVERLAPS", "fields", List.of("name", "domain", "owner")),
            "Open Opportunities", java.util.Map.of("level", "OVERLAPS", "fields", List.of("name", "domain"))));
    String p = scenario.partnership(northwind, n, contoso, c, sharing);
    String job = scenario.startJob(northwind, p);
    assertThat(scenario.awaitJob(northwind, job, java.time.Duration.ofSeconds(120)).path("status").asText()).isEqualTo("SUCCEEDED");
    var served = api.get(northwind.key(), "/api/v1/jobs/" + job + "/matrix").json();

    browser.driver.get(api.base() + "/");
    signIn(northwind);
    WebElement heatmap = waitFor(By.id("heatmap"));
    int cells = 0;
    for (var x : served.path("cells")) {
      String shown = cell(x.path("mine").asText(), x.path("theirs").asText()).getText();
      assertThat(shown).isEqualTo(x.path("overlaps").isNull() ? x.path("display").asText() : String.format("%,d", x.path("overlaps").asInt()));
      cells++;
    }
    assertThat(cells).isEqualTo(served.path("rows").size() * served.path("columns").size()).isGreaterThan(4);
    assertThat(heatmap.findElements(By.cssSelector("th.col-records"))).hasSize(2);
    browser.js("window.scrollTo(0, 0)");
    Path shot = browser.screenshot("analyst-matrix");
    assertThat(Files.size(shot)).isGreaterThan(10_000);
  }

  private static String demo(String file) throws IOException {
    try (var in = AnalystPageBrowserIT.class.getResourceAsStream("/demo/" + file)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  // ---------- helpers: what a person does ----------

  private void signIn(Org org) {
    WebElement key = waitFor(By.id("key"));
    key.sendKeys(org.key(), Keys.ENTER);
    waitText(By.id("org-name"), org.name());
  }

  private void signOut() {
    find(By.id("signout")).click();
    waitFor(By.id("key"));
  }

  private void tab(String name) {
    find(By.id("tab-" + name)).click();
  }

  private void upload(String fileName, String csv) throws IOException {
    Path dir = Files.createTempDirectory("venn-upload");
    Path file = Files.writeString(dir.resolve(fileName), csv);
    browser.driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
  }

  private void chooseList(String name) {
    WebElement select = waitFor(By.id("my-list"));
    new org.openqa.selenium.support.ui.Select(select).selectByVisibleText(
        select.findElements(By.tagName("option")).stream().map(WebElement::getText).filter(t -> t.startsWith(name)).findFirst().orElseThrow());
    waitText(By.id("status"), "now matches your list");
  }

  private void setLevel(String population, String level) {
    WebElement policy = waitFor(By.cssSelector("fieldset[data-population='" + population + "']"));
    policy.findElement(By.cssSelector("input[value='" + level + "'] + span")).click();
  }

  private WebElement checkbox(String population, String field) {
    return find(By.cssSelector("fieldset[data-population='" + population + "'] input[data-field='" + field + "']"));
  }

  private WebElement cell(String mine, String theirs) {
    return find(By.cssSelector("#heatmap td[data-mine='" + mine + "'][data-theirs='" + theirs + "']"));
  }

  private static List<String> headers(WebElement table, String css) {
    return table.findElements(By.cssSelector(css)).stream().map(e -> e.getAttribute("data-column")).toList();
  }

  private Path awaitDownload() throws IOException {
    long deadline = System.currentTimeMillis() + 15_000;
    while (System.currentTimeMillis() < deadline) {
      try (var files = Files.list(browser.downloads)) {
        var done = files.filter(f -> f.toString().endsWith(".csv")).findFirst();
        if (done.isPresent()) {
          return done.get();
        }
      }
      sleep(200);
    }
    throw new AssertionError("no CSV downloaded to " + browser.downloads);
  }

  private WebElement find(By by) {
    return waitFor(by);
  }

  private WebElement waitFor(By by) {
    try {
      return browser.waiting(20).until(ExpectedConditions.visibilityOfElementLocated(by));
    } catch (RuntimeException e) {
      browser.screenshot("failed");
      throw new AssertionError("no visible " + by + "; the page's error line says: " + browser.driver.findElement(By.id("error")).getText(), e);
    }
  }

  private String text(String id) {
    return find(By.id(id)).getText();
  }

  private void waitText(By by, String text) {
    waitText(by, text, 20);
  }

  private void waitText(By by, String text, int seconds) {
    Supplier<String> now = () -> browser.driver.findElements(by).stream().map(WebElement::getText).findFirst().orElse("");
    try {
      browser.waiting(seconds).until(d -> now.get().contains(text));
    } catch (RuntimeException e) {
      throw new AssertionError("expected '" + text + "' in " + by + " but it shows: " + now.get() + "; error: " + browser.driver.findElement(By.id("error")).getText(), e);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
