package io.venn.pipeline;

import io.venn.encode.AccountEncoder;
import io.venn.encode.EncodedAccount;
import io.venn.normalize.AccountNormalizer;
import io.venn.read.Account;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Normalizes and encodes a list as it is read: records are gathered into batches and each batch is
 * encoded in parallel, so at most one batch of {@link Account}s is alive at a time. A million
 * accounts are about 300 MB of strings that the match never needs once they are encoded.
 */
final class StreamEncoder implements Consumer<Account> {
  /** Records per batch: enough chunks that every worker stays busy to the batch's end (~20 MB of accounts). */
  static final int BATCH = 64 * Parallel.CHUNK;

  /** The ref of encodings whose callers identify records by index and never read it. */
  private static final String NO_REF = "";

  private final AccountEncoder encoder;
  private final AccountNormalizer normalizer = AccountNormalizer.standard();
  private final int threads;
  private final Progress progress;
  private final double start;
  private final double end;
  private final boolean indexRefs;
  private final FeedbackRules.Ids ids;
  private final EncodedAccount[] out;
  private final Account[] batch;
  private final AtomicLong done = new AtomicLong();
  private int read;
  private int filled;

  private StreamEncoder(int size, AccountEncoder encoder, int threads, Progress progress, double start, double end,
      boolean indexRefs, FeedbackRules.Ids ids, int batchSize) {
    this.encoder = encoder;
    this.threads = threads;
    this.progress = progress;
    this.start = start;
    this.end = end;
    this.indexRefs = indexRefs;
    this.ids = ids;
    this.out = new EncodedAccount[size];
    this.batch = new Account[Math.min(batchSize, Math.max(1, size))];
  }

  /**
   * Reads {@code source} once and encodes every record; the encoding of record {@code i} is element
   * {@code i}. Progress goes from {@code start} to {@code end} as the "encode" stage.
   *
   * @param indexRefs each encoding's ref is its list index; else one shared empty ref, for callers
   *     that identify records by index: two million index strings are about 100 MB at 1M x 1M
   * @param ids sees every record's id and index, in list order
   * @throws IllegalStateException if the source hands over more or fewer records than its size
   */
  static List<EncodedAccount> encode(AccountSource source, AccountEncoder encoder, int threads, Progress progress,
      double start, double end, boolean indexRefs, FeedbackRules.Ids ids) {
    return encode(source, encoder, threads, progress, start, end, indexRefs, ids, BATCH);
  }

  /** {@link #encode} in batches of {@code batchSize} records (tests cross batch boundaries on short lists). */
  static List<EncodedAccount> encode(AccountSource source, AccountEncoder encoder, int threads, Progress progress,
      double start, double end, boolean indexRefs, FeedbackRules.Ids ids, int batchSize) {
    int size = source.size();
    StreamEncoder s = new StreamEncoder(size, encoder, threads, progress, start, end, indexRefs, ids, batchSize);
    source.forEach(s);
    s.flush();
    if (s.read != size) {
      throw s.changed();
    }
    return Arrays.asList(s.out);
  }

  @Override
  public void accept(Account account) {
    if (read == out.length) {
      throw changed();
    }
    ids.see(read, account.id());
    read++;
    batch[filled++] = account;
    if (filled == batch.length) {
      flush();
    }
  }

  private IllegalStateException changed() {
    return new IllegalStateException("the list announced " + out.length + " records but handed over "
        + (read == out.length ? "more" : read) + "; was it changed while it was read?");
  }

  private void flush() {
    int base = read - filled;
    int n = filled;
    Parallel.forChunks(n, threads, () -> null, (state, from, to) -> {
      for (int k = from; k < to; k++) {
        int i = base + k;
        out[i] = encoder.encode(normalizer.normalize(batch[k]), indexRefs ? Integer.toString(i) : NO_REF, null);
      }
      progress.report("encode", start, end, done.addAndGet(to - from), out.length);
    });
    Arrays.fill(batch, 0, n, null); // the batch's accounts are garbage once encoded
    filled = 0;
  }
}
