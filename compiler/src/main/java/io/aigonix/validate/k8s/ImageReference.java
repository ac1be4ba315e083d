package io.aigonix.validate.k8s;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A container image reference, checked by the grammar the container runtime parses it with: a port
 * of github.com/distribution/reference {@code regexp.go} ({@code ReferenceRegexp}, {@code
 * anchoredIdentifier}), {@code reference.go} ({@code NameTotalLengthMax} = 255) and {@code
 * normalize.go} ({@code ParseNormalizedNamed}: no 64-hex repository names), with {@code
 * go-digest}'s length rule for sha256/sha512 digests. Kubernetes itself only refuses an empty image
 * or surrounding whitespace ({@code validateContainerCommon}); the kubelet's pull fails on the
 * rest, after the rollout started.
 */
public final class ImageReference {
  private static final String ALPHANUMERIC = "[a-z0-9]+";
  private static final String SEPARATOR = "(?:[._]|__|[-]+)";
  private static final String PATH_COMPONENT =
      ALPHANUMERIC + "(?:" + SEPARATOR + ALPHANUMERIC + ")*";
  private static final String DOMAIN_COMPONENT =
      "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
  private static final String DOMAIN_NAME = DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*";
  private static final String IPV6 = "\\[(?:[a-fA-F0-9:]+)\\]";
  private static final String DOMAIN_AND_PORT = "(?:" + DOMAIN_NAME + "|" + IPV6 + ")(?::[0-9]+)?";
  private static final String TAG = "[\\w][\\w.-]{0,127}";
  private static final String DIGEST =
      "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
  private static final String REMOTE_NAME = PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*";

  /**
   * The grammar, compiled when the first image that {@link #mayMatch} is checked (an expression in
   * a static field would be compiled on every start, whether the file names an image or not).
   */
  private static final class Grammar {
    static final Pattern REFERENCE =
        Pattern.compile(
            "((?:"
                + DOMAIN_AND_PORT
                + "/)?"
                + REMOTE_NAME
                + ")(?::("
                + TAG
                + "))?(?:@("
                + DIGEST
                + "))?");
  }

  private static final int NAME_TOTAL_LENGTH_MAX = 255;

  private ImageReference() {}

  /** Why {@code image} is not a pullable reference, or empty. */
  public static Optional<String> problem(String image) {
    String name = PlainImageName.of(image);
    String digest = null;
    if (name == null) {
      Matcher m = mayMatch(image) ? Grammar.REFERENCE.matcher(image) : null;
      if (m == null || !m.matches()) {
        return Optional.of(
            hasUpperCase(image) && matches(image.toLowerCase(java.util.Locale.ROOT))
                ? "the repository path must be lower-case"
                : "it is not [registry[:port]/]path[:tag][@digest] (distribution reference grammar)");
      }
      name = m.group(1);
      digest = m.group(3);
    }
    if (name.length() > NAME_TOTAL_LENGTH_MAX) {
      return Optional.of(
          "the repository name is longer than " + NAME_TOTAL_LENGTH_MAX + " characters");
    }
    if (isLowerHex(name, 64)) {
      return Optional.of("a repository name cannot be a 64-character hexadecimal string");
    }
    if (digest != null) {
      String algorithm = digest.substring(0, digest.indexOf(':'));
      String encoded = digest.substring(algorithm.length() + 1);
      int length = algorithm.equals("sha256") ? 64 : algorithm.equals("sha512") ? 128 : 0;
      if (length > 0 && !isLowerHex(encoded, length)) {
        return Optional.of(
            "a " + algorithm + " digest is " + length + " lower-case hexadecimal digits");
      }
    }
    return Optional.empty();
  }

  private static boolean matches(String image) {
    return mayMatch(image) && Grammar.REFERENCE.matcher(image).matches();
  }

  /**
   * Whether the grammar can match at all: it needs at least one character, each one of letters,
   * digits and {@code ._-/:@[]+}.
   */
  static boolean mayMatch(String image) {
    if (image.isEmpty()) {
      return false;
    }
    for (int i = 0; i < image.length(); i++) {
      char c = image.charAt(i);
      if (!(c >= 'a' && c <= 'z'
          || c >= 'A' && c <= 'Z'
          || c >= '0' && c <= '9'
          || "._-/:@[]+".indexOf(c) >= 0)) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasUpperCase(String image) {
    for (int i = 0; i < image.length(); i++) {
      if (Character.isUpperCase(image.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code [a-f0-9]{length}} as a loop (as an expression it was compiled on every start, and on
   * every digest); ShapeLoopsTest keeps the expression as the oracle.
   */
  static boolean isLowerHex(String s, int length) {
    if (s.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }
}
