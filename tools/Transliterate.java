import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * ICU4J script transforms for tools/build-crm-corpus.py (the Python standard library has none).
 * Reads lines "transform-id TAB text" from stdin, writes one transformed line per input line.
 *
 * <pre>java -cp ~/.m2/repository/com/ibm/icu/icu4j/77.1/icu4j-77.1.jar tools/Transliterate.java</pre>
 */
public final class Transliterate {
  public static void main(String[] args) throws Exception {
    Map<String, Transliterator> cache = new HashMap<>();
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      int tab = line.indexOf('\t');
      Transliterator t = cache.computeIfAbsent(line.substring(0, tab), Transliterator::getInstance);
      out.println(t.transliterate(line.substring(tab + 1)));
    }
    out.flush();
  }
}
