package io.aigonix.validate.k8s;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The URLs Argo CD uses. A repository ({@code spec.source.repoURL}) is what Argo CD's repo server
 * clones or pulls ({@code util/git} {@code IsSSHURL}/{@code IsHTTPSURL}, Helm and OCI sources): an
 * absolute URL with a host (https, http, ssh, git, oci; {@code file://} without one), or the scp
 * form {@code [user@]host:path}. A cluster ({@code spec.destination.server}) is the API server's
 * http(s) URL. Neither may hold whitespace or control characters.
 */
public final class Urls {
  private static final Set<String> REPO_SCHEMES =
      Set.of("https", "http", "ssh", "git", "git+ssh", "oci", "file");

  /** The scp form, compiled when a repository URL without "://" first has a ':' at all. */
  private static final class Scp {
    static final Pattern PATTERN =
        Pattern.compile(
            "(?:[A-Za-z0-9._~-]+@)?[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?:(?!//)[^\\s]+");
  }

  private Urls() {}

  public static Optional<String> repositoryProblem(String url) {
    if (hasSpaceOrControl(url)) {
      return Optional.of("it has whitespace or control characters");
    }
    if (!url.contains("://")) {
      return url.indexOf(':') >= 0 && Scp.PATTERN.matcher(url).matches()
          ? Optional.empty()
          : Optional.of("it is neither a URL (https://host/path, ssh://…) nor [user@]host:path");
    }
    return absolute(url, REPO_SCHEMES);
  }

  public static Optional<String> serverProblem(String url) {
    if (hasSpaceOrControl(url)) {
      return Optional.of("it has whitespace or control characters");
    }
    return absolute(url, Set.of("https", "http"));
  }

  /**
   * Whether {@code [\\s\\p{Cntrl}]} finds a character: both classes are ASCII, together U+0000 to
   * U+0020 and U+007F (a loop; ShapeLoopsTest keeps the expression as the oracle).
   */
  static boolean hasSpaceOrControl(String url) {
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= ' ' || c == '\u007f') {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> absolute(String url, Set<String> schemes) {
    try {
      URI uri = new URI(url);
      String scheme =
          uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
      if (!schemes.contains(scheme)) {
        return Optional.of(
            "the scheme must be one of " + String.join(", ", new java.util.TreeSet<>(schemes)));
      }
      if (!scheme.equals("file") && (uri.getHost() == null || uri.getHost().isEmpty())) {
        return Optional.of("it has no host");
      }
      return Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.of("it is not a URL: " + e.getReason());
    }
  }
}
