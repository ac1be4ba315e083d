package io.aigonix.validate.k8s;

import io.aigonix.validate.KubernetesNames;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An Ingress rule or TLS host, by the API server's rule: Kubernetes {@code
 * pkg/apis/networking/validation} {@code validateIngressRules} / {@code validateIngressTLS}: a host
 * that starts with {@code *.} must pass apimachinery {@code IsWildcardDNS1123Subdomain}, any other
 * {@code IsDNS1123Subdomain}, and an IP address ({@code netutils.ParseIPSloppy}) is refused ("must
 * be a DNS name, not an IP address"). Punycode ({@code xn--…}) labels are ordinary DNS-1123 labels.
 */
public final class IngressHost {
  private static final Pattern IPV4 = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
  private static final Pattern IPV6 = Pattern.compile("\\[?[0-9a-fA-F:.]*:[0-9a-fA-F:.]*\\]?");

  private IngressHost() {}

  /** Why {@code host} is not an Ingress host, or empty. */
  public static Optional<String> problem(String host) {
    if (IPV4.matcher(host).matches() || IPV6.matcher(host).matches()) {
      return Optional.of("it must be a DNS name, not an IP address");
    }
    if (host.startsWith("*.")) {
      return KubernetesNames.dns1123Subdomain(host.substring(2))
          .map(why -> "after '*.', " + why)
          .or(
              () ->
                  host.length() > 253
                      ? Optional.of("it is longer than 253 characters")
                      : Optional.empty());
    }
    return KubernetesNames.dns1123Subdomain(host);
  }
}
