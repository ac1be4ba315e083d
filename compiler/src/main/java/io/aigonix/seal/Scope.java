package io.aigonix.seal;

import java.nio.charset.StandardCharsets;

/**
 * The sealed-secrets scopes and their OAEP labels ({@code v1alpha1.EncryptionLabel}). aigonix
 * itself only seals strict values; the other scopes exist so the format is covered completely.
 */
public enum Scope {
  /** Label {@code namespace/name}: the value only decrypts in that SealedSecret. */
  STRICT,
  /**
   * Label {@code namespace}: any SealedSecret of the namespace with the namespace-wide annotation.
   */
  NAMESPACE_WIDE,
  /** Empty label: any SealedSecret with the cluster-wide annotation. */
  CLUSTER_WIDE;

  /**
   * The UTF-8 OAEP label the controller uses for a SealedSecret {@code namespace/name} of this
   * scope.
   */
  public byte[] label(String namespace, String name) {
    String label =
        switch (this) {
          case STRICT -> namespace + "/" + name;
          case NAMESPACE_WIDE -> namespace;
          case CLUSTER_WIDE -> "";
        };
    return label.getBytes(StandardCharsets.UTF_8);
  }
}
