package io.venn.service.system;

import io.venn.service.job.Job;
import io.venn.service.job.JobService;
import io.venn.service.list.AccountListInfo;
import io.venn.service.list.ListService;
import io.venn.service.organization.OrganizationService;
import io.venn.service.partnership.Partnership;
import io.venn.service.partnership.PartnershipService;
import io.venn.view.PopulationPolicy;
import io.venn.view.SharingPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code --venn.demo=true}: seeds, once, two organizations with realistic lists, an ACTIVE
 * partnership that shares some overlaps, and a first job; then prints both API keys and curl lines.
 *
 * <p>The demo keys are FIXED, PUBLICLY KNOWN values so the README's commands work as pasted. They
 * exist only when demo mode seeds them; never enable demo mode on a server holding real data.
 */
@Component
@ConditionalOnProperty(name = "venn.demo", havingValue = "true")
class DemoSeeder implements ApplicationRunner {
  static final String NORTHWIND_ID = "00000000-0000-4000-8000-00000000d001";
  static final String CONTOSO_ID = "00000000-0000-4000-8000-00000000d002";
  static final String NORTHWIND_KEY = "venn_demo_northwind_PUBLIC_demo_key_do_not_use";
  static final String CONTOSO_KEY = "venn_demo_contoso_PUBLIC_demo_key_do_not_use";
  private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

  private final OrganizationService organizations;
  private final ListService lists;
  private final PartnershipService partnerships;
  private final JobService jobs;
  private final ApplicationContext context;
  private final TransactionTemplate transaction;

  DemoSeeder(
      OrganizationService organizations,
      ListService lists,
      PartnershipService partnerships,
      JobService jobs,
      ApplicationContext context,
      TransactionTemplate transaction) {
    this.organizations = organizations;
    this.lists = lists;
    this.partnerships = partnerships;
    this.jobs = jobs;
    this.context = context;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    String jobId;
    if (organizations.find(NORTHWIND_ID).isPresent()) {
      // After a restart: the newest job of any demo partnership, so the printed commands work as pasted.
      jobId =
          partnerships.partnershipsOf(NORTHWIND_ID).stream()
              .flatMap(p -> jobs.jobsOf(NORTHWIND_ID, p.id()).stream())
              .max(java.util.Comparator.comparing(Job::createdAt))
              .map(Job::id)
              .orElse(null);
      log.info("Demo data already present; not seeding again.");
    } else {
      try {
        jobId = seed();
      } catch (RuntimeException e) {
        // The app is still useful without the demo; say why the demo is missing and carry on.
        log.error("Demo seeding failed, nothing was seeded: {}", e.toString());
        return;
      }
    }
    printHelp(jobId);
  }

  /** Everything but the job in one transaction, so a failed seeding leaves nothing to trip the next start. */
  private String seed() {
    Partnership p = transaction.execute(status -> seedData());
    Job job = jobs.request(NORTHWIND_ID, p.id()); // after commit: the job thread must see the rows
    log.info("Demo seeded: partnership {}, first job {}", p.id(), job.id());
    return job.id();
  }

  private Partnership seedData() {
    organizations.create(NORTHWIND_ID, "Northwind Traders (demo)", NORTHWIND_KEY);
    organizations.create(CONTOSO_ID, "Contoso Partners (demo)", CONTOSO_KEY);
    AccountListInfo northwind = upload(NORTHWIND_ID, "northwind-accounts.csv");
    AccountListInfo contoso = upload(CONTOSO_ID, "contoso-accounts.csv");
    Partnership p = partnerships.invite(NORTHWIND_ID, CONTOSO_ID);
    partnerships.accept(CONTOSO_ID, p.id());
    partnerships.setList(NORTHWIND_ID, p.id(), northwind.id());
    partnerships.setList(CONTOSO_ID, p.id(), contoso.id());
    partnerships.setSharing(
        NORTHWIND_ID,
        p.id(),
        new SharingPolicy(
            PopulationPolicy.COUNTS,
            Map.of("Customers", PopulationPolicy.overlaps("name", "domain", "owner"), "Prospects", PopulationPolicy.HIDDEN)));
    partnerships.setSharing(
        CONTOSO_ID,
        p.id(),
        new SharingPolicy(
            PopulationPolicy.COUNTS,
            Map.of(
                "Customers", PopulationPolicy.overlaps("name", "domain", "owner"),
                "Open Opportunities", PopulationPolicy.overlaps("name", "domain"))));
    return p;
  }

  private AccountListInfo upload(String organizationId, String file) {
    try (InputStream in = new ClassPathResource("demo/" + file).getInputStream()) {
      return lists.upload(organizationId, file, in);
    } catch (IOException e) {
      throw new UncheckedIOException("demo list " + file + " cannot be read", e);
    }
  }

  private void printHelp(String jobId) {
    int port = context instanceof WebServerApplicationContext w ? w.getWebServer().getPort() : 8080;
    String base = "http://localhost:" + port;
    if (jobId == null) {
      log.info(
          """

          ==== Venn demo ====
          Northwind Traders API key: {}
          Contoso Partners  API key: {}
          No demo job was found. Open {}/ and sign in, or list the partnerships and then their jobs:
            curl -s -H 'Authorization: Bearer {}' {}/api/v1/partnerships
            curl -s -H 'Authorization: Bearer {}' {}/api/v1/partnerships/PARTNERSHIP_ID/jobs
          (the demo keys are fixed public values: never run demo mode with real data)
          ===================""",
          NORTHWIND_KEY, CONTOSO_KEY, base, NORTHWIND_KEY, base, NORTHWIND_KEY, base);
      return;
    }
    // Demo keys are public demo values (see class comment); real keys are never logged.
    log.info(
        """

        ==== Venn demo ====
        Northwind Traders API key: {}
        Contoso Partners  API key: {}
        Analyst page: {}/ (sign in with a key above)
        Try:
          curl -s -H 'Authorization: Bearer {}' {}/api/v1/jobs/{}
          curl -s -H 'Authorization: Bearer {}' {}/api/v1/jobs/{}/matrix
          curl -s -H 'Authorization: Bearer {}' '{}/api/v1/jobs/{}/overlaps?theirs=Customers'
        (the demo keys are fixed public values: never run demo mode with real data)
        ===================""",
        NORTHWIND_KEY, CONTOSO_KEY, base,
        NORTHWIND_KEY, base, jobId,
        NORTHWIND_KEY, base, jobId,
        NORTHWIND_KEY, base, jobId);
  }
}
