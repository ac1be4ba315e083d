package io.aigonix.generate;

import io.aigonix.model.Environment.Host;
import io.aigonix.model.Environment.Tenant;
import io.aigonix.model.Microservice.PublicPath;
import io.aigonix.model.Names;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.networking.v1.IngressBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.IngressRuleBuilder;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLS;
import io.fabric8.kubernetes.api.model.networking.v1.IngressTLSBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;

/**
 * One Ingress per tenant (with hosts) of a public microservice: a TLS entry and a rule per host,
 * the cert-manager issuer, and nginx setting the {@code Tenant-ID} header (reference §2).
 */
final class IngressGenerator implements Generator<MsContext> {
  @Override
  public List<HasMetadata> generate(MsContext c) {
    if (c.ms().publicPath().isEmpty()) {
      return List.of();
    }
    PublicPath path = c.ms().publicPath().get();
    List<HasMetadata> ingresses = new ArrayList<>();
    for (Tenant tenant : c.env().tenants()) {
      if (tenant.hosts().isEmpty()) {
        continue;
      }
      List<IngressTLS> tls = new ArrayList<>();
      List<IngressRule> rules = new ArrayList<>();
      for (Host host : tenant.hosts()) {
        tls.add(
            new IngressTLSBuilder()
                .withHosts(host.host())
                .withSecretName(host.secretName())
                .build());
        rules.add(
            new IngressRuleBuilder()
                .withHost(host.host())
                .withNewHttp()
                .addNewPath()
                .withPath(path.path())
                .withPathType(path.pathType())
                .withNewBackend()
                .withNewService()
                .withName(c.name())
                .withNewPort()
                .withName("http")
                .endPort()
                .endService()
                .endBackend()
                .endPath()
                .endHttp()
                .build());
      }
      SortedMap<String, String> annotations = Labels.annotations(c);
      annotations.put("cert-manager.io/cluster-issuer", c.env().ingress().clusterIssuer());
      annotations.put(
          "nginx.ingress.kubernetes.io/configuration-snippet",
          "proxy_set_header Tenant-ID \"" + tenant.id() + "\";\n");
      ObjectMeta meta =
          Meta.of(
              Names.ingress(c.env().objectName(), c.ms().objectName(), tenant.id()),
              c.namespace(),
              Labels.of(c),
              annotations);
      ingresses.add(
          new IngressBuilder()
              .withMetadata(meta)
              .withNewSpec()
              .withIngressClassName(c.env().ingress().className())
              .withTls(tls)
              .withRules(rules)
              .endSpec()
              .build());
    }
    return ingresses;
  }
}
