package io.aigonix.publish;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where {@code --repo} points: a local directory (bare or not) or a remote URL ({@code file://},
 * {@code git://}, {@code http(s)://}, {@code ssh://}, or scp-like {@code git@host:path}). User info
 * in a URL is split off: the password becomes a credential and the URL used and shown has none. The
 * user info runs to the last '@' before the host, so a password may hold '@' and '/' unescaped;
 * what looks like neither a path nor a URL but holds '@' and ':' is refused without echoing it.
 */
public record RepoLocation(Path localPath, String url, String urlUser, String urlPassword) {

  /** scheme://[userinfo@]host[:port][/path]: the userinfo runs to the last '@' before the host. */
  private static final Pattern URL =
      Pattern.compile(
          "(?s)([A-Za-z][A-Za-z0-9+.-]*)://(?:(.*)@)?(\\[[^\\]/]*\\]|[^@/\\[]*?)(?::(\\d*))?(/.*)?");

  /** scp-like user[:password]@host:path; a password may hold '@' and '/'. */
  private static final Pattern SCP =
      Pattern.compile("(?s)([A-Za-z0-9._-]+)(?::(.*))?@([A-Za-z0-9.-]+):(.*)");

  public static RepoLocation parse(String repo, Path workingDir) throws PublishException {
    if (repo == null || repo.isBlank()) {
      throw new PublishException("--repo is empty");
    }
    String lower = repo.toLowerCase(Locale.ROOT);
    if (lower.startsWith("file://")
        || lower.startsWith("git://")
        || lower.startsWith("http://")
        || lower.startsWith("https://")
        || lower.startsWith("ssh://")
        || lower.startsWith("git+ssh://")) {
      return fromUrl(repo);
    }
    Matcher scp = SCP.matcher(repo);
    if (scp.matches() && !scp.group(4).startsWith("//")) {
      // the user is not a secret; a password typed into it is (ssh gets it as the credential)
      return new RepoLocation(
          null, scp.group(1) + "@" + scp.group(3) + ":" + scp.group(4), null, scp.group(2));
    }
    if (repo.contains("@") && repo.contains(":")) {
      // neither a URL nor scp-like, yet it may hold user:password@: never echo it
      throw new PublishException(
          "--repo is neither a local path, a URL nor user@host:path; "
              + "write URLs as scheme://host/path");
    }
    return new RepoLocation(
        workingDir.resolve(repo).toAbsolutePath().normalize(), null, null, null);
  }

  private static RepoLocation fromUrl(String repo) throws PublishException {
    Matcher m = URL.matcher(repo);
    if (!m.matches() || m.group(3).isEmpty() && !m.group(1).equalsIgnoreCase("file")) {
      throw new PublishException("--repo is not a valid URL: " + Scrubber.scrubUrls(repo));
    }
    String scheme = m.group(1);
    String userInfo = m.group(2);
    int slash = userInfo == null ? -1 : userInfo.indexOf('/');
    if (userInfo == null || slash >= 0 && !userInfo.substring(0, slash).contains(":")) {
      return new RepoLocation(null, repo, null, null); // an '@' in the path, not user info
    }
    if (scheme.equalsIgnoreCase("file")) {
      throw new PublishException("--repo: a file:// URL takes no user or password");
    }
    int colon = userInfo.indexOf(':');
    String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
    String password = colon < 0 ? null : decode(userInfo.substring(colon + 1));
    String rest =
        m.group(3)
            + (m.group(4) == null ? "" : ":" + m.group(4))
            + (m.group(5) == null ? "" : m.group(5));
    boolean ssh = scheme.toLowerCase(Locale.ROOT).contains("ssh");
    String url = scheme + "://" + (ssh ? encode(user) + "@" : "") + rest;
    return new RepoLocation(null, url, ssh ? null : user, password);
  }

  /** Percent-decoding as in URLs (a '+' stays a '+'); a malformed escape is kept as typed. */
  private static String decode(String s) {
    try {
      return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  private static String encode(String user) {
    return URLEncoder.encode(user, StandardCharsets.UTF_8).replace("+", "%20");
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
