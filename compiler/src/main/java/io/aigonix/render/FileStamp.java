package io.aigonix.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/**
 * A regular file as the file system describes it: size, modification time and identity (device and
 * inode on Linux). Recorded after aigonix wrote a file; a hard link keeps all three, while any
 * edit, replacement or removal changes at least one, so an equal stamp says the file still holds
 * what was written without reading it. (Timestamps are as fine as the file system keeps them: Linux
 * gives an edit after aigonix looked at the file a newer time; on a file system that kept only
 * coarse ones, an edit of the same size within the same tick would go unseen.)
 */
record FileStamp(long size, long modifiedNanos, String identity) {
  /** The stamp of {@code file} (never following a symlink), or null: absent, not regular, no id. */
  static FileStamp of(Path file) {
    BasicFileAttributes a;
    try {
      a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (IOException | UnsupportedOperationException e) {
      return null;
    }
    if (!a.isRegularFile() || a.fileKey() == null) {
      return null;
    }
    return new FileStamp(
        a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), a.fileKey().toString());
  }

  // Written out: a record's generated equals links an invokedynamic call site on first use, which
  // cost a recompile 22 ms (both of its threads linking it at once) to compare 15,000 stamps.
  @Override
  public boolean equals(Object other) {
    return other instanceof FileStamp s
        && size == s.size
        && modifiedNanos == s.modifiedNanos
        && identity.equals(s.identity);
  }

  @Override
  public int hashCode() {
    return (Long.hashCode(size) * 31 + Long.hashCode(modifiedNanos)) * 31 + identity.hashCode();
  }
}
