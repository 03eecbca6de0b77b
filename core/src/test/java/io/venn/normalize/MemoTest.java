package io.venn.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MemoTest {
  private final AtomicInteger calls = new AtomicInteger();

  private Normalized fold(String raw) {
    calls.incrementAndGet();
    return Places.fold(raw);
  }

  @Test
  void aRepeatedPlaceIsFoldedOnce() {
    Memo memo = new Memo(this::fold, 100);
    for (int i = 0; i < 1000; i++) {
      assertThat(memo.apply("São Paulo")).isEqualTo(Places.fold("São Paulo"));
    }
    assertThat(calls).hasValue(1);
  }

  @Test
  void longValuesAreNeverKept() {
    // A line-long junk "city" on every record would otherwise keep megabytes for the memo's life.
    Memo memo = new Memo(this::fold, 100);
    String junk = "x".repeat(Memo.MAX_KEY_CHARS + 1);
    memo.apply(junk);
    memo.apply(junk);
    assertThat(calls).hasValue(2);
  }

  @Test
  void aFullMemoStillAnswersButKeepsNoMore() {
    Memo memo = new Memo(this::fold, 2);
    memo.apply("Paris");
    memo.apply("Lyon");
    memo.apply("Nice");
    memo.apply("Nice");
    assertThat(calls).hasValue(4); // "Nice" came after the memo was full
    assertThat(memo.apply("Paris")).isEqualTo(Places.fold("Paris"));
    assertThat(calls).hasValue(4);
  }

  @Test
  void eachStandardNormalizerHasItsOwnMemo() {
    // Held per list or run: a process-wide memo would keep deleted lists' place names.
    assertThat(AccountNormalizer.standard()).isNotSameAs(AccountNormalizer.standard());
  }
}
