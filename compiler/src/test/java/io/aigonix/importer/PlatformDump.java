package io.aigonix.importer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.aigonix.render.YamlWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * Builds what {@code kubectl get ... -A -o yaml} prints for a customer that Studio set up
 * (reference §1): the platform's objects with everything the cluster adds (status, managedFields,
 * uid, resourceVersion, creationTimestamp, a stale last-applied-configuration holding an old
 * plaintext), canonical quantities ({@code cpu: "2"}), RBAC, backup CronJobs and the Welcome
 * microservice.
 */
final class PlatformDump {
  static final String CUSTOMER_ID = "6d3b7f2e-4a3c-4a53-9c41-0f2f5e4b8a11";
  static final String SHOP_ID = "0b1a6f1e-2d6c-4c38-9f3f-5d7a3c1e9b20";
  static final String BILLING_ID = "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f";
  static final String ORDERS_ID = "c974b16e-5a1f-4d0b-9a37-2e8f3b6c1d44";
  static final String CATALOG_ID = "d1e2f3a4-b5c6-4d7e-8f90-a1b2c3d4e5f6";
  static final String INVOICES_ID = "e2f3a4b5-c6d7-4e8f-9a01-b2c3d4e5f6a7";
  static final String PURCHASE_ORDERS_ID = "f3a4b5c6-d7e8-4f90-8a12-c3d4e5f6a7b8";
  static final List<String> ENVS = List.of("Dev", "Test", "Prod");
  static final String[] TENANTS = {
    "445f8ea8-1a6f-40d7-b2fc-796dba92dc44",
    "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
    "7a1b9c2d-0e3f-4a5b-8c6d-1e2f3a4b5c6d"
  };

  /**
   * Plaintexts the dump holds; none of them, nor their base64, may appear in anything import
   * writes.
   */
  static final List<String> PLAINTEXTS =
      List.of(
          "s3cr3t-Dev-pw",
          "s3cr3t-Test-pw",
          "s3cr3t-Prod-pw",
          "stale-plaintext-from-last-applied",
          "{\"auths\":{\"acmecorp.azurecr.io\":{\"auth\":\"dXNlcjpwYXNz\"}}}");

  static final byte[] LOGO = {(byte) 0x89, 'P', 'N', 'G', 0, (byte) 0xff, 1, 2};

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  final List<ObjectNode> objects = new ArrayList<>();

  static PlatformDump build() {
    PlatformDump d = new PlatformDump();
    d.application("Webshop", SHOP_ID);
    d.application("Billing", BILLING_ID);
    for (int i = 0; i < ENVS.size(); i++) {
      String env = ENVS.get(i);
      boolean prod = env.equals("Prod");
      d.microservice(
          "Webshop",
          SHOP_ID,
          env,
          i,
          "Orders",
          "orders",
          ORDERS_ID,
          "acmecorp.azurecr.io/orders:1.2.0",
          prod ? 3 : 1,
          "/orders",
          true,
          prod);
      d.microservice(
          "Webshop",
          SHOP_ID,
          env,
          i,
          "Catalog",
          "catalog",
          CATALOG_ID,
          "acmecorp.azurecr.io/catalog:" + (prod ? "2.0.0" : "2.1.0"),
          1,
          null,
          false,
          prod);
      d.microservice(
          "Webshop",
          SHOP_ID,
          env,
          i,
          "Welcome",
          "welcome",
          "f0f0f0f0-0000-4000-8000-00000000000" + i,
          "nginxdemos/hello:latest",
          1,
          "/welcome-to-dolittle",
          false,
          prod);
      // The platform lower-cased the label into dev-purchase-order-api: import writes objectName.
      d.microservice(
          "Webshop",
          SHOP_ID,
          env,
          i,
          "PurchaseOrderAPI",
          "purchase-order-api",
          PURCHASE_ORDERS_ID,
          "acmecorp.azurecr.io/purchase-order-api:1.0.0",
          1,
          "/purchase-orders",
          true,
          prod);
      if (!env.equals("Test")) {
        d.microservice(
            "Billing",
            BILLING_ID,
            env,
            i,
            "Invoice Sender",
            "invoice-sender",
            INVOICES_ID,
            "acmecorp.azurecr.io/invoices:0.9.1",
            1,
            null,
            false,
            prod);
      }
    }
    return d;
  }

  /**
   * One application whose three environments run {@code count} microservices in all, for timing.
   */
  static PlatformDump scaled(int count) {
    PlatformDump d = new PlatformDump();
    d.application("Webshop", SHOP_ID);
    for (int i = 0; i < count; i++) {
      int env = i % ENVS.size();
      d.microservice(
          "Webshop",
          SHOP_ID,
          ENVS.get(env),
          env,
          "Service " + i,
          "service-" + i,
          String.format("%08x-0000-4000-8000-%012x", i, i),
          "acmecorp.azurecr.io/s" + i + ":1.0.0",
          1,
          "/s" + i,
          true,
          ENVS.get(env).equals("Prod"));
    }
    return d;
  }

  /** {@code kind: List}, as one {@code kubectl get -A -o yaml} prints it. */
  byte[] list() {
    ObjectNode list = F.objectNode().put("apiVersion", "v1").put("kind", "List");
    ArrayNode items = list.putArray("items");
    objects.forEach(items::add);
    list.putObject("metadata").put("resourceVersion", "");
    return new YamlWriter().write(list);
  }

  /** Each object as its own document, for a folder of one file per object. */
  byte[] one(ObjectNode o) {
    return new YamlWriter().write(o);
  }

  private ObjectNode object(
      String apiVersion, String kind, String name, String namespace, String app, String env) {
    ObjectNode o = F.objectNode().put("apiVersion", apiVersion).put("kind", kind);
    ObjectNode m = o.putObject("metadata").put("name", name);
    if (namespace != null) {
      m.put("namespace", namespace);
    }
    m.put("uid", "0000-" + objects.size())
        .put("resourceVersion", String.valueOf(1000 + objects.size()))
        .put("creationTimestamp", "2024-03-01T10:00:00Z")
        .put("generation", 4);
    m.putArray("managedFields")
        .addObject()
        .put("manager", "platform-api")
        .put("operation", "Update")
        .put("apiVersion", apiVersion)
        .putObject("fieldsV1")
        .putObject("f:metadata");
    ObjectNode labels = m.putObject("labels").put("tenant", "Acme_Corp");
    if (app != null) {
      labels.put("application", app);
    }
    if (env != null) {
      labels.put("environment", env);
    }
    m.putObject("annotations").put("dolittle.io/tenant-id", CUSTOMER_ID);
    objects.add(o);
    return o;
  }

  private static ObjectNode annotations(ObjectNode o) {
    return (ObjectNode) o.get("metadata").get("annotations");
  }

  private void application(String app, String appId) {
    String ns = "application-" + appId;
    ObjectNode namespace = object("v1", "Namespace", ns, null, app, null);
    annotations(namespace).put("dolittle.io/application-id", appId);
    namespace.putObject("status").put("phase", "Active");
    ObjectNode acr = object("v1", "Secret", "acr", ns, null, null);
    acr.put("type", "kubernetes.io/dockerconfigjson");
    acr.putObject("data").put(".dockerconfigjson", b64(PLAINTEXTS.get(4)));
    ((ObjectNode) acr.get("metadata")).remove("labels");
    object("rbac.authorization.k8s.io/v1", "Role", "developer", ns, app, null).putArray("rules");
    object("rbac.authorization.k8s.io/v1", "RoleBinding", "developer", ns, app, null);
    object("v1", "ServiceAccount", "devops", ns, app, null);
    object("v1", "Secret", "storage-account-secret", ns, app, null)
        .putObject("data")
        .put("azurestorageaccountkey", b64("storage-key-plaintext"));
    for (int i = 0; i < ENVS.size(); i++) {
      String env = ENVS.get(i);
      String e = env.toLowerCase(Locale.ROOT);
      object("v1", "ConfigMap", e + "-tenants", ns, app, env)
          .putObject("data")
          .put("tenants.json", "{\n  \"" + TENANTS[i] + "\": {}\n}");
      object("networking.k8s.io/v1", "NetworkPolicy", e, ns, app, env).putObject("spec");
      ObjectNode sts = object("apps/v1", "StatefulSet", e + "-mongo", ns, app, env);
      ObjectNode spec = sts.putObject("spec").put("replicas", 1).put("revisionHistoryLimit", 10);
      spec.putObject("template")
          .putObject("spec")
          .putArray("containers")
          .addObject()
          .put("name", "mongo")
          .put("image", "dolittle/mongodb:4.2.2");
      ObjectNode claim = spec.putArray("volumeClaimTemplates").addObject().putObject("spec");
      claim
          .put("storageClassName", "managed-premium")
          .putObject("resources")
          .putObject("requests")
          .put("storage", env.equals("Prod") ? "16Gi" : "8Gi");
      sts.putObject("status").put("readyReplicas", 1);
      object("v1", "Service", e + "-mongo", ns, app, env)
          .putObject("spec")
          .put("clusterIP", "None");
      object("batch/v1", "CronJob", e + "-mongo-backup", ns, app, env)
          .putObject("spec")
          .put("schedule", "17 * * * *");
    }
  }

  private void microservice(
      String app,
      String appId,
      String env,
      int envIndex,
      String name,
      String object,
      String id,
      String image,
      int replicas,
      String path,
      boolean runtime,
      boolean prod) {
    String ns = "application-" + appId;
    String n = env.toLowerCase(Locale.ROOT) + "-" + object;
    String label = name.replace(' ', '_');
    String tenant = TENANTS[envIndex];
    ObjectNode dolittle = ms(object("v1", "ConfigMap", n + "-dolittle", ns, app, env), label, id);
    ObjectNode dd = dolittle.putObject("data");
    dd.put(
        "platform.json",
        "{\"applicationName\":\""
            + app
            + "\",\"applicationID\":\""
            + appId
            + "\",\"microserviceName\":\""
            + name
            + "\",\"microserviceID\":\""
            + id
            + "\",\"customerName\":\"Acme Corp\","
            + "\"customerID\":\""
            + CUSTOMER_ID
            + "\",\"environment\":\""
            + env
            + "\"}");
    dd.put(
        "event-horizons.json",
        name.equals("Orders")
            ? "{\""
                + tenant
                + "\":[{\"scope\":\"2f0a4c8e-6b1d-4e3a-9c5f-7d8e9a0b1c2d\",\"microservice\":\""
                + CATALOG_ID
                + "\",\"tenant\":\""
                + tenant
                + "\",\"stream\":\"5c3e1a9b-8d7f-4e6a-b2c1-0f9e8d7c6b5a\",\"partition\":\"default\"}]}"
            : "{}");
    ObjectNode envVars =
        ms(object("v1", "ConfigMap", n + "-env-variables", ns, app, env), label, id)
            .putObject("data");
    if (!name.equals("Welcome")) {
      envVars.put("LOG_LEVEL", prod ? "warn" : "info").put("FEATURE_X", "true").put("RETRIES", "3");
    }
    ObjectNode files = ms(object("v1", "ConfigMap", n + "-config-files", ns, app, env), label, id);
    if (name.equals("Orders")) {
      files
          .putObject("data")
          .put("appsettings.json", "{\n  \"Shop\": { \"Env\": \"" + env + "\" }\n}\n")
          .put("banner.txt", "hello\n");
      files.putObject("binaryData").put("logo.bin", Base64.getEncoder().encodeToString(LOGO));
    }
    ObjectNode secret =
        ms(object("v1", "Secret", n + "-secret-env-variables", ns, app, env), label, id);
    secret.put("type", "Opaque");
    if (name.equals("Orders")) {
      secret.putObject("data").put("DB_PASSWORD", b64(PLAINTEXTS.get(envIndex)));
      annotations(secret)
          .put(
              "kubectl.kubernetes.io/last-applied-configuration",
              "{\"apiVersion\":\"v1\",\"kind\":\"Secret\",\"stringData\":{\"DB_PASSWORD\":\""
                  + PLAINTEXTS.get(3)
                  + "\"}}");
    }
    ObjectNode service = ms(object("v1", "Service", n, ns, app, env), label, id);
    service
        .putObject("spec")
        .put("clusterIP", "10.0.12." + objects.size())
        .putArray("ports")
        .addObject()
        .put("name", "http")
        .put("port", 80);
    ObjectNode deployment = ms(object("apps/v1", "Deployment", n, ns, app, env), label, id);
    annotations(deployment)
        .put("deployment.kubernetes.io/revision", "7")
        .put(
            "kubectl.kubernetes.io/last-applied-configuration",
            "{\"spec\":{\"template\":{\"spec\":{\"containers\":"
                + "[{\"name\":\"head\",\"image\":\"acmecorp.azurecr.io/stale:0.0.1\"}]}}}}");
    ObjectNode spec =
        deployment.putObject("spec").put("replicas", replicas).put("progressDeadlineSeconds", 600);
    ObjectNode template = spec.putObject("template");
    template
        .putObject("metadata")
        .putObject("annotations")
        .put("kubectl.kubernetes.io/restartedAt", "2024-05-01T00:00:00Z");
    ObjectNode pod =
        template.putObject("spec").put("restartPolicy", "Always").put("dnsPolicy", "ClusterFirst");
    pod.putArray("imagePullSecrets").addObject().put("name", "acr");
    ArrayNode containers = pod.putArray("containers");
    ObjectNode head =
        containers
            .addObject()
            .put("name", "head")
            .put("image", image)
            .put("terminationMessagePath", "/dev/termination-log")
            .put("imagePullPolicy", "IfNotPresent");
    head.putArray("ports")
        .addObject()
        .put("name", "http")
        .put("containerPort", 80)
        .put("protocol", "TCP");
    resources(head, prod);
    if (name.equals("Catalog") && env.equals("Dev")) {
      head.putArray("env").addObject().put("name", "DEBUG_SQL").put("value", "1");
    }
    if (runtime || name.equals("Catalog") || name.equals("Invoice Sender")) {
      ObjectNode rt =
          containers.addObject().put("name", "runtime").put("image", "dolittle/runtime:9.3.3");
      resources(rt, prod);
    }
    deployment.putObject("status").put("availableReplicas", replicas).put("observedGeneration", 4);
    if (path != null) {
      ObjectNode ingress =
          ms(
              object(
                  "networking.k8s.io/v1",
                  "Ingress",
                  n + "-" + tenant.substring(0, 7),
                  ns,
                  app,
                  env),
              label,
              id);
      annotations(ingress)
          .put("cert-manager.io/cluster-issuer", "letsencrypt-production")
          .put(
              "nginx.ingress.kubernetes.io/configuration-snippet",
              "proxy_set_header Tenant-ID \"" + tenant + "\";\n");
      String host = env.toLowerCase(Locale.ROOT) + ".shop.example.com";
      ObjectNode is = ingress.putObject("spec").put("ingressClassName", "nginx");
      is.putArray("tls")
          .addObject()
          .put("secretName", host.replace('.', '-') + "-certificate")
          .putArray("hosts")
          .add(host);
      ObjectNode p =
          is.putArray("rules")
              .addObject()
              .put("host", host)
              .putObject("http")
              .putArray("paths")
              .addObject()
              .put("path", path)
              .put("pathType", "Prefix");
      p.putObject("backend")
          .putObject("service")
          .put("name", n)
          .putObject("port")
          .put("name", "http");
      ingress.putObject("status").putObject("loadBalancer");
      ms(object("networking.k8s.io/v1", "NetworkPolicy", n + "-ingress", ns, app, env), label, id)
          .putObject("spec");
    }
  }

  private static void resources(ObjectNode container, boolean prod) {
    ObjectNode r = container.putObject("resources");
    r.putObject("requests").put("cpu", prod ? "50m" : "25m").put("memory", "256Mi");
    r.putObject("limits").put("cpu", "2").put("memory", "1Gi");
  }

  private static ObjectNode ms(ObjectNode o, String label, String id) {
    ((ObjectNode) o.get("metadata").get("labels")).put("microservice", label);
    annotations(o)
        .put("dolittle.io/microservice-id", id)
        .put("dolittle.io/microservice-kind", "simple");
    return o;
  }

  static String b64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }
}
