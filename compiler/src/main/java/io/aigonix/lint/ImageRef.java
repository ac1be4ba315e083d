package io.aigonix.lint;

import java.util.Locale;

/**
 * An image reference split into repository, tag and digest ({@code
 * registry:5000/team/app:1.2@sha256:…}). A colon before the last slash belongs to a registry port,
 * not to a tag.
 */
record ImageRef(String repository, String tag, String digest) {

  static ImageRef parse(String image) {
    String rest = image.trim();
    String digest = null;
    int at = rest.indexOf('@');
    if (at >= 0) {
      digest = rest.substring(at + 1);
      rest = rest.substring(0, at);
    }
    String tag = null;
    int colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
      tag = rest.substring(colon + 1);
      rest = rest.substring(0, colon);
    }
    return new ImageRef(rest.toLowerCase(Locale.ROOT), tag, digest);
  }

  /** Pinned: a digest, or a tag other than {@code latest}. */
  boolean pinned() {
    return digest != null || tag != null && !tag.isEmpty() && !tag.equals("latest");
  }

  /** What to show as its version: the tag, the digest, or that it has neither. */
  String version() {
    if (digest != null) {
      return tag != null ? tag + "@" + digest : "@" + digest;
    }
    return tag != null ? tag : "(no tag)";
  }
}
