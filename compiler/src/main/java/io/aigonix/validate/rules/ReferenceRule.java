package io.aigonix.validate.rules;

import io.aigonix.diag.Code;
import io.aigonix.spec.GitopsSpec;
import io.aigonix.validate.KubernetesNames;
import io.aigonix.validate.RuleContext;
import io.aigonix.validate.SemanticRule;
import io.aigonix.validate.Walk;
import java.util.Optional;

/**
 * AGX2022: names of other objects the output refers to are names those objects can have. Secret,
 * IngressClass, StorageClass, cert-manager ClusterIssuer, Flux source and Argo CD AppProject names
 * are DNS-1123 subdomains (apimachinery {@code IsDNS1123Subdomain}; Kubernetes {@code
 * ValidateSecretName}, {@code ValidateIngressClassName}, {@code ValidateClassName}); namespaces are
 * DNS-1123 labels ({@code ValidateNamespaceName}).
 */
public final class ReferenceRule implements SemanticRule {

  @Override
  public void check(RuleContext ctx) {
    for (Walk.App app : Walk.applications(ctx.spec())) {
      for (Walk.Env env : Walk.environments(app)) {
        for (Tenants.Host h : Tenants.hosts(env)) {
          subdomain(ctx, "TLS Secret", h.spec().secretName(), h.pointer() + "/secretName");
        }
        if (env.spec().ingress() != null) {
          subdomain(
              ctx,
              "IngressClass",
              env.spec().ingress().className(),
              env.pointer() + "/ingress/className");
          subdomain(
              ctx,
              "ClusterIssuer",
              env.spec().ingress().clusterIssuer(),
              env.pointer() + "/ingress/clusterIssuer");
        }
        if (env.spec().mongo() != null) {
          subdomain(
              ctx,
              "StorageClass",
              env.spec().mongo().storageClass(),
              env.pointer() + "/mongo/storageClass");
        }
      }
    }
    GitopsSpec gitops = ctx.spec().gitops();
    if (gitops != null && gitops.flux() != null && gitops.flux().sourceRef() != null) {
      subdomain(
          ctx, "Flux source", gitops.flux().sourceRef().name(), "/gitops/flux/sourceRef/name");
      check(
          ctx,
          "namespace",
          gitops.flux().sourceRef().namespace(),
          "/gitops/flux/sourceRef/namespace",
          false);
    }
    if (gitops != null && gitops.argocd() != null) {
      subdomain(ctx, "Argo CD AppProject", gitops.argocd().project(), "/gitops/argocd/project");
      check(ctx, "namespace", gitops.argocd().namespace(), "/gitops/argocd/namespace", false);
    }
  }

  private static void subdomain(RuleContext ctx, String kind, String name, String pointer) {
    check(ctx, kind, name, pointer, true);
  }

  private static void check(
      RuleContext ctx, String kind, String name, String pointer, boolean subdomain) {
    if (name == null) {
      return;
    }
    Optional<String> why =
        subdomain ? KubernetesNames.dns1123Subdomain(name) : KubernetesNames.dns1123Label(name);
    if (why.isPresent()) {
      ctx.report(
          Code.INVALID_REFERENCE,
          pointer,
          kind
              + " name "
              + Shown.of(ctx.show(pointer, name))
              + " is not a valid Kubernetes name: "
              + why.get(),
          "write the object's name as it is in the cluster, e.g. letsencrypt-production");
    }
  }
}
