package io.venn.service.job;

/**
 * What both sides of a partnership read when a job fails (the job's {@code error} and the audit
 * detail). Never the exception's own message: an engine or database error can carry one side's
 * list id, record count or a value from a record ("reading list 5f3c…", "the list announced
 * 1000000 records"), and the partner must not learn those from a failure. The full exception goes
 * to the service log under the job's id.
 */
public final class FailureMessage {
  private FailureMessage() {}

  /** @param jobId the id the service log files the details under */
  public static String of(String jobId, Throwable failure) {
    if (failure instanceof OutOfMemoryError) {
      return "Matching failed: the lists did not fit in the service's memory; an operator can raise its heap (-Xmx)"
          + " or its jobs can be run one at a time (venn.jobs.threads=1). Details in the service log under job " + jobId + ".";
    }
    return "Matching failed. Details in the service log under job " + jobId + ".";
  }
}
