package io.venn.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecodingTest {
  /** Valid sequences of every length, and bytes that are never valid or only in some places. */
  private static final byte[][] PIECES = {
    "a".getBytes(StandardCharsets.UTF_8), "Société".getBytes(StandardCharsets.UTF_8), "Газпром".getBytes(StandardCharsets.UTF_8),
    "トヨタ".getBytes(StandardCharsets.UTF_8), "𝔘𝔫𝔦".getBytes(StandardCharsets.UTF_8), {(byte) 0xC0, (byte) 0xAF},
    {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    {(byte) 0xF5}, {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xE9}, {(byte) 0xF0, (byte) 0x9F}, "plain ascii text, ".getBytes(StandardCharsets.UTF_8)
  };

  @Test
  void isUtf8_agreesWithTheJdkStrictDecoder() throws IOException {
    Random random = new Random(3);
    for (int trial = 0; trial < 3000; trial++) {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      int pieces = random.nextInt(12);
      // Mostly valid text, sometimes one invalid piece, sometimes random bytes.
      for (int i = 0; i < pieces; i++) {
        byte[] piece = PIECES[random.nextInt(trial % 3 == 0 ? PIECES.length : 5)];
        out.writeBytes(piece);
      }
      if (trial % 7 == 0) {
        out.write(random.nextInt(256));
      }
      byte[] bytes = out.toByteArray();
      assertThat(Decoding.isUtf8(trickle(bytes, random))).as("%s", java.util.Arrays.toString(bytes)).isEqualTo(jdkSaysUtf8(bytes));
    }
  }

  @Test
  void isUtf8_sequenceAcrossTheReadBuffer() throws IOException {
    for (int shift = 0; shift < 4; shift++) {
      byte[] bytes = new byte[(1 << 16) + 10];
      java.util.Arrays.fill(bytes, (byte) 'a');
      byte[] emoji = "😀".getBytes(StandardCharsets.UTF_8);
      System.arraycopy(emoji, 0, bytes, (1 << 16) - 3 + shift, 4);
      assertThat(Decoding.isUtf8(new ByteArrayInputStream(bytes))).isTrue();
      byte[] cut = java.util.Arrays.copyOf(bytes, (1 << 16) - 1 + shift);
      assertThat(Decoding.isUtf8(new ByteArrayInputStream(cut))).isEqualTo(jdkSaysUtf8(cut));
    }
  }

  private static boolean jdkSaysUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** A stream that hands out a few bytes per read, so sequences are cut between reads. */
  private static InputStream trickle(byte[] bytes, Random random) {
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1 + random.nextInt(5)));
      }
    };
  }
}
