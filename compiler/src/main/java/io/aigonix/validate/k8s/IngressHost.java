package io.aigonix.validate.k8s;

import io.aigonix.validate.KubernetesNames;
import java.util.Optional;

/**
 * An Ingress rule or TLS host, by the API server's rule: Kubernetes {@code
 * pkg/apis/networking/validation} {@code validateIngressRules} / {@code validateIngressTLS}: a host
 * that starts with {@code *.} must pass apimachinery {@code IsWildcardDNS1123Subdomain}, any other
 * {@code IsDNS1123Subdomain}, and an IP address ({@code netutils.ParseIPSloppy}) is refused ("must
 * be a DNS name, not an IP address"). Punycode ({@code xn--…}) labels are ordinary DNS-1123 labels.
 */
public final class IngressHost {

  private IngressHost() {}

  /** Why {@code host} is not an Ingress host, or empty. */
  public static Optional<String> problem(String host) {
    if (isIpv4(host) || isIpv6(host)) {
      return Optional.of("it must be a DNS name, not an IP address");
    }
    if (host.startsWith("*.")) {
      Optional<String> why = KubernetesNames.dns1123Subdomain(host.substring(2));
      if (why.isPresent()) {
        return Optional.of("after '*.', " + why.get());
      }
      return host.length() > 253
          ? Optional.of("it is longer than 253 characters")
          : Optional.empty();
    }
    return KubernetesNames.dns1123Subdomain(host);
  }

  // The two address shapes as loops rather than expressions compiled on every start;
  // ShapeLoopsTest keeps the expressions as the oracle.

  /** {@code [0-9]{1,3}(\.[0-9]{1,3}){3}}: four groups of one to three digits. */
  static boolean isIpv4(String host) {
    int groups = 0;
    int digits = 0;
    for (int i = 0; i < host.length(); i++) {
      char c = host.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++digits > 3) {
          return false;
        }
      } else if (c == '.' && digits > 0 && groups < 3) {
        groups++;
        digits = 0;
      } else {
        return false;
      }
    }
    return groups == 3 && digits > 0;
  }

  /**
   * {@code \[?[0-9a-fA-F:.]*:[0-9a-fA-F:.]*\]?}: hex digits, ':' and '.' with at least one ':',
   * optionally in brackets (each bracket on its own, too).
   */
  static boolean isIpv6(String host) {
    int from = host.startsWith("[") ? 1 : 0;
    int to = host.length() > from && host.endsWith("]") ? host.length() - 1 : host.length();
    boolean colon = false;
    for (int i = from; i < to; i++) {
      char c = host.charAt(i);
      if (c == ':') {
        colon = true;
      } else if (!(c >= '0' && c <= '9'
          || c >= 'a' && c <= 'f'
          || c >= 'A' && c <= 'F'
          || c == '.')) {
        return false;
      }
    }
    return colon;
  }
}
