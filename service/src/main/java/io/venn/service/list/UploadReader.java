package io.venn.service.list;

import io.venn.read.Account;
import io.venn.read.ReadSummary;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Streams an uploaded file into accounts. Production uses core's {@code CsvAccountReader.standard()};
 * the seam exists so the upload path is one piece of code whatever reads the bytes.
 */
@FunctionalInterface
public interface UploadReader {
  /**
   * @throws io.venn.read.InvalidListException if the file as a whole is unusable
   * @throws IOException if the request body cannot be read
   */
  ReadSummary read(InputStream in, String source, Consumer<Account> sink) throws IOException;
}
