package io.aigonix.publish;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Where {@code --repo} points: a local directory (bare or not) or a remote URL ({@code file://},
 * {@code git://}, {@code http(s)://}, {@code ssh://}, or scp-like {@code git@host:path}). User info in
 * a URL is split off: the password becomes a credential and the URL used and shown has none.
 */
public record RepoLocation(Path localPath, String url, String urlUser, String urlPassword) {

  public static RepoLocation parse(String repo, Path workingDir) throws PublishException {
    if (repo == null || repo.isBlank()) {
      throw new PublishException("--repo is empty");
    }
    String lower = repo.toLowerCase(Locale.ROOT);
    if (lower.startsWith("file://") || lower.startsWith("git://") || lower.startsWith("http://")
        || lower.startsWith("https://") || lower.startsWith("ssh://") || lower.startsWith("git+ssh://")) {
      return fromUrl(repo);
    }
    if (repo.matches("^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:.*")) {
      return new RepoLocation(null, repo, null, null); // scp-like ssh; the user is not a secret
    }
    return new RepoLocation(workingDir.resolve(repo).toAbsolutePath().normalize(), null, null, null);
  }

  private static RepoLocation fromUrl(String repo) throws PublishException {
    try {
      URI uri = new URI(repo);
      String userInfo = uri.getRawUserInfo();
      if (userInfo == null) {
        return new RepoLocation(null, repo, null, null);
      }
      int colon = userInfo.indexOf(':');
      String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
      String password = colon < 0 ? null : userInfo.substring(colon + 1);
      URI clean = new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(), null);
      boolean ssh = uri.getScheme().toLowerCase(Locale.ROOT).contains("ssh");
      String url = ssh ? new URI(uri.getScheme(), user, uri.getHost(), uri.getPort(), uri.getPath(), null, null)
          .toString() : clean.toString();
      return new RepoLocation(null, url, ssh ? null : user, password);
    } catch (URISyntaxException e) {
      throw new PublishException("--repo is not a valid URL: " + Scrubber.scrubUrls(repo));
    }
  }

  public boolean isRemote() {
    return url != null;
  }

  public Optional<String> password() {
    return Optional.ofNullable(urlPassword);
  }

  /** Safe to print. */
  public String display() {
    return isRemote() ? Scrubber.scrubUrls(url) : localPath.toString();
  }
}
