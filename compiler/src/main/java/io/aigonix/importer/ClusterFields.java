package io.aigonix.importer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;

/**
 * The fields of a dump's object that the cluster set, not the platform (SPEC §7): what the API
 * server records ({@code status}, {@code managedFields}, {@code uid}, ...), annotations kubectl and
 * the Deployment controller write, assigned cluster IPs, and the defaults the API server fills in
 * (each with its default value: a non-default value is the platform's and is compared). Paths are
 * keys separated by spaces, {@code *} for a list element.
 */
final class ClusterFields {
  private ClusterFields() {}

  /** Set by the cluster whatever their value. */
  private static final Set<String> ALWAYS =
      Set.of(
          "status",
          "metadata managedFields",
          "metadata uid",
          "metadata resourceVersion",
          "metadata generation",
          "metadata creationTimestamp",
          "metadata ownerReferences",
          "metadata selfLink",
          "metadata finalizers",
          "metadata annotations kubectl.kubernetes.io/last-applied-configuration",
          "metadata annotations deployment.kubernetes.io/revision",
          "metadata labels kubernetes.io/metadata.name",
          "spec finalizers",
          "spec template metadata creationTimestamp",
          "spec template metadata annotations kubectl.kubernetes.io/restartedAt",
          "spec template spec containers * imagePullPolicy",
          "spec clusterIP",
          "spec clusterIPs",
          "spec ipFamilies",
          "spec volumeClaimTemplates * status",
          "spec volumeClaimTemplates * metadata creationTimestamp");

  private static final String POD = "spec template spec ";

  /**
   * Defaulted by the API server, by path (parsed once: checked for every leaf only the dump has).
   */
  private static final Map<String, JsonNode> DEFAULTS =
      parsed(
          Map.ofEntries(
              Map.entry("type", "\"Opaque\""),
              Map.entry("spec progressDeadlineSeconds", "600"),
              Map.entry("spec revisionHistoryLimit", "10"),
              Map.entry(
                  "spec strategy",
                  "{\"type\":\"RollingUpdate\",\"rollingUpdate\":{\"maxSurge\":\"25%\",\"maxUnavailable\":\"25%\"}}"),
              Map.entry("spec podManagementPolicy", "\"OrderedReady\""),
              Map.entry(
                  "spec updateStrategy",
                  "{\"type\":\"RollingUpdate\",\"rollingUpdate\":{\"partition\":0}}"),
              Map.entry(
                  "spec persistentVolumeClaimRetentionPolicy",
                  "{\"whenDeleted\":\"Retain\",\"whenScaled\":\"Retain\"}"),
              Map.entry("spec volumeClaimTemplates * spec volumeMode", "\"Filesystem\""),
              Map.entry("spec type", "\"ClusterIP\""),
              Map.entry("spec sessionAffinity", "\"None\""),
              Map.entry("spec ipFamilyPolicy", "\"SingleStack\""),
              Map.entry("spec internalTrafficPolicy", "\"Cluster\""),
              Map.entry("spec ports * protocol", "\"TCP\""),
              Map.entry("spec policyTypes", "[\"Ingress\"]"),
              Map.entry(POD + "restartPolicy", "\"Always\""),
              Map.entry(POD + "dnsPolicy", "\"ClusterFirst\""),
              Map.entry(POD + "schedulerName", "\"default-scheduler\""),
              Map.entry(POD + "securityContext", "{}"),
              Map.entry(POD + "terminationGracePeriodSeconds", "30"),
              Map.entry(POD + "containers * terminationMessagePath", "\"/dev/termination-log\""),
              Map.entry(POD + "containers * terminationMessagePolicy", "\"File\""),
              Map.entry(POD + "containers * ports * protocol", "\"TCP\""),
              Map.entry(POD + "containers * resources", "{}"),
              Map.entry(POD + "volumes * configMap defaultMode", "420"),
              Map.entry(POD + "volumes * secret defaultMode", "420")));

  /**
   * Whether the dump's {@code value} at {@code pattern}, which compile does not write, was set by
   * the cluster. {@code parent} is the object holding it (a Service port's {@code targetPort}
   * defaults to its {@code port}).
   */
  static boolean setByCluster(String kind, String pattern, JsonNode value, JsonNode parent) {
    if (ALWAYS.contains(pattern)) {
      return true;
    }
    if (kind.equals("Service")
        && pattern.equals("spec ports * targetPort")
        && value.asText().equals(parent.path("port").asText())) {
      return true;
    }
    if (pattern.equals("type") && !kind.equals("Secret")) {
      return false;
    }
    return value.equals(DEFAULTS.get(pattern));
  }

  private static Map<String, JsonNode> parsed(Map<String, String> json) {
    Map<String, JsonNode> parsed = new java.util.HashMap<>();
    json.forEach((pattern, text) -> parsed.put(pattern, JsonText.parse(text)));
    return Map.copyOf(parsed);
  }
}
