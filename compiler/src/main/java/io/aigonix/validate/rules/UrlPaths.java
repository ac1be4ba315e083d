package io.aigonix.validate.rules;

/**
 * The URL paths public paths and probe paths may be, as loops over the characters: expressions
 * would be compiled on every start. RuleLoopsTest keeps the expressions as the oracle.
 */
final class UrlPaths {
  private UrlPaths() {}

  /** {@code /[A-Za-z0-9._~!$&'()*+,;=:@%/-]*}: an absolute path of RFC 3986 pchar and '/'. */
  static boolean isPath(String path) {
    return path.startsWith("/") && allPathCharacters(path, 1, path.length(), false);
  }

  /**
   * {@code /[A-Za-z0-9._~!$&'()*+,;=:@%/-]*(\?[A-Za-z0-9._~!$&'()*+,;=:@%/?-]*)?}: such a path,
   * then optionally a query after the first '?' (where '?' is allowed too).
   */
  static boolean isPathWithQuery(String path) {
    if (!path.startsWith("/")) {
      return false;
    }
    int query = path.indexOf('?');
    if (query < 0) {
      return allPathCharacters(path, 1, path.length(), false);
    }
    return allPathCharacters(path, 1, query, false)
        && allPathCharacters(path, query + 1, path.length(), true);
  }

  private static boolean allPathCharacters(String s, int from, int to, boolean questionMark) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!(c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z'
          || c >= '0' && c <= '9'
          || "._~!$&'()*+,;=:@%/-".indexOf(c) >= 0
          || questionMark && c == '?')) {
        return false;
      }
    }
    return true;
  }
}
