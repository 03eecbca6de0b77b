package io.venn.bench.data;

import java.util.List;

/** Column headers of a CRM export, in the order written: id, name, website, country, city, phone, population, owner. */
public enum CrmFormat {
  /** Minimal headers, no phone or owner: what the scale runs write. */
  PLAIN(List.of("Id", "Name", "Website", "Country", "City", "Population")),
  /** A Salesforce "Accounts" report export. */
  SALESFORCE(List.of("Account ID", "Account Name", "Website", "Billing Country", "Billing City", "Phone", "Type", "Account Owner")),
  /** A HubSpot companies export. */
  HUBSPOT(List.of("Record ID", "Company name", "Company Domain Name", "Country/Region", "City", "Phone Number",
      "Lifecycle Stage", "Contact owner"));

  private final List<String> headers;

  CrmFormat(List<String> headers) {
    this.headers = headers;
  }

  public List<String> headers() {
    return headers;
  }

  /** Whether the export has phone and owner columns. */
  public boolean hasContactColumns() {
    return headers.size() == 8;
  }
}
