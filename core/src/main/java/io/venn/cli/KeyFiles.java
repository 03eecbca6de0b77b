package io.venn.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/** Reading and writing the small key files of blind mode, with one-line errors naming the file. */
final class KeyFiles {
  private KeyFiles() {}

  static String read(Path file) throws CliException {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw CliException.input(file.toString(), "no such file");
    } catch (IOException e) {
      throw CliException.input(file.toString(), "cannot be read: " + e.getMessage());
    }
  }

  /**
   * Writes a new file readable by its owner only (where the file system has POSIX permissions).
   *
   * @param secret whether to restrict the permissions
   * @param replace whether an existing file may be replaced (never for a private key)
   */
  static void write(Path file, String text, boolean secret, boolean replace) throws CliException {
    try {
      if (replace) {
        Files.deleteIfExists(file);
      }
      Files.createFile(file);
      if (secret && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      }
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    } catch (FileAlreadyExistsException e) {
      throw CliException.input(file.toString(), "already exists; refusing to overwrite a key (delete it first if you mean to)");
    } catch (IOException e) {
      throw CliException.input(file.toString(), "cannot write: " + e.getMessage());
    }
  }
}
