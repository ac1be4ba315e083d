#!/usr/bin/env python3
"""Prints what `kubectl get ns,deploy,sts,svc,cm,secret,ing,netpol,cronjob,role,rolebinding,sa -A -o yaml`
shows for a customer that the Aigonix platform (platform-api, Studio) set up: the objects of
../shared/reference/aigonix-platform.md §1-5 as platform-api builds them, with what the cluster adds
(status, managedFields, uid, resourceVersion, generation, creationTimestamp, defaulted fields,
assigned cluster IPs, canonical quantities such as cpu: "2", the revision and restartedAt
annotations, and a stale last-applied-configuration that still holds an old plaintext).

  bench/platform-dump.py sample        the README's dump: samples/import/dump.yaml
  bench/platform-dump.py scale N       N microservices over two applications x three environments

Deterministic: the same arguments print the same bytes (ids and cluster values are derived from
names). Standard library only.
"""
import base64
import json
import sys
import uuid

CUSTOMER = ("Acme Corp", "6d3b7f2e-4a3c-4a53-9c41-0f2f5e4b8a11")
SEED = uuid.UUID("2b3e6a8c-6d2f-5b1a-9c4e-aa1f0e7d9c10")
DEV_TENANT = "445f8ea8-1a6f-40d7-b2fc-796dba92dc44"
TENANTS = {"Dev": DEV_TENANT, "Test": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
           "Prod": "7a1b9c2d-0e3f-4a5b-8c6d-1e2f3a4b5c6d"}
LOGGING = {"Logging": {"IncludeScopes": False,
                       "LogLevel": {"Default": "Debug", "System": "Information", "Microsoft": "Information"},
                       "Console": {"IncludeScopes": True, "TimestampFormat": "[yyyy-MM-dd HH:mm:ss] "}}}
OUT = []


def uid(*parts):
    return str(uuid.uuid5(SEED, "/".join(parts)))


def b64(text):
    return base64.b64encode(text.encode() if isinstance(text, str) else text).decode()


def pretty(doc):
    return json.dumps(doc, indent=2) + "\n"


def label(name):
    return name.replace(" ", "_")


def obj(api, kind, name, ns, labels, annotations, body):
    """One object with what the API server adds to its metadata."""
    n = len(OUT)
    meta = {"annotations": dict(annotations), "creationTimestamp": "2024-03-%02dT10:%02d:00Z" % (1 + n % 28, n % 60),
            "labels": dict(labels),
            "managedFields": [{"apiVersion": api, "fieldsType": "FieldsV1", "fieldsV1": {"f:metadata": {"f:labels": {}}},
                               "manager": "platform-api", "operation": "Update", "time": "2024-03-01T10:00:00Z"}],
            "name": name, "resourceVersion": str(100000 + 7 * n), "uid": uid("uid", kind, ns or "", name)}
    if not labels:
        del meta["labels"]
    if not annotations:
        del meta["annotations"]
    if ns:
        meta["namespace"] = ns
    o = {"apiVersion": api, "kind": kind, "metadata": meta}
    o.update(body)
    OUT.append(o)
    return o


def env_labels(app, env):
    return {"tenant": label(CUSTOMER[0]), "application": label(app), "environment": env}


def app_annotations(app_id):
    return {"dolittle.io/tenant-id": CUSTOMER[1], "dolittle.io/application-id": app_id}


def resources(prod, cpu_limit="2", memory_limit="1Gi", requests=None):
    # the API server prints canonical quantities: 2000m is "2"
    return {"limits": {"cpu": cpu_limit, "memory": memory_limit},
            "requests": requests or {"cpu": "50m" if prod else "25m", "memory": "256Mi"}}


def container_defaults(c):
    c.update({"imagePullPolicy": "IfNotPresent", "terminationMessagePath": "/dev/termination-log",
              "terminationMessagePolicy": "File"})
    for p in c.get("ports", []):
        p["protocol"] = "TCP"
    return c


def pod_defaults(spec):
    spec.update({"dnsPolicy": "ClusterFirst", "restartPolicy": "Always", "schedulerName": "default-scheduler",
                 "securityContext": {}, "terminationGracePeriodSeconds": 30})
    for v in spec.get("volumes", []):
        v["configMap"]["defaultMode"] = 420
    return spec


def application(app, app_id, envs):
    ns = "application-" + app_id
    labels = {"tenant": label(CUSTOMER[0]), "application": label(app)}
    obj("v1", "Namespace", ns, None, dict(labels, **{"kubernetes.io/metadata.name": ns}), app_annotations(app_id),
        {"spec": {"finalizers": ["kubernetes"]}, "status": {"phase": "Active"}})
    auth = {"auths": {"acmecorp.azurecr.io": {"username": "acmecorp", "password": "acr-pass-" + app,
                                               "auth": b64("acmecorp:acr-pass-" + app)}}}
    obj("v1", "Secret", "acr", ns, {}, {}, {"data": {".dockerconfigjson": b64(json.dumps(auth))},
                                             "type": "kubernetes.io/dockerconfigjson"})
    obj("rbac.authorization.k8s.io/v1", "Role", "developer", ns, labels, app_annotations(app_id),
        {"rules": [{"apiGroups": [""], "resources": ["pods", "pods/log"], "verbs": ["get", "list", "watch"]}]})
    obj("rbac.authorization.k8s.io/v1", "RoleBinding", "developer", ns, labels, app_annotations(app_id),
        {"roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": "developer"},
         "subjects": [{"apiGroup": "rbac.authorization.k8s.io", "kind": "Group", "name": "tenant-" + CUSTOMER[1]}]})
    obj("v1", "ServiceAccount", "devops", ns, labels, app_annotations(app_id), {})
    obj("v1", "Secret", "storage-account-secret", ns, labels, app_annotations(app_id),
        {"data": {"azurestorageaccountname": b64("acmebackups"), "azurestorageaccountkey": b64("storage-key-" + app)},
         "type": "Opaque"})
    for env in envs:
        environment(app, app_id, env)


def environment(app, app_id, env):
    ns, e, prod = "application-" + app_id, env.lower(), env.lower() == "prod"
    labels, annotations = env_labels(app, env), app_annotations(app_id)
    obj("v1", "ConfigMap", e + "-tenants", ns, labels, annotations,
        {"data": {"tenants.json": pretty({TENANTS[env]: {}})}})
    pods = {"matchLabels": labels}
    obj("networking.k8s.io/v1", "NetworkPolicy", e, ns, labels, annotations, {"spec": {
        "ingress": [{"from": [
            {"podSelector": pods},
            {"namespaceSelector": {"matchLabels": {"system": "Monitoring"}},
             "podSelector": {"matchLabels": {"monitoring": "Metrics", "service": "Prometheus", "system": "Monitoring"}}},
            {"namespaceSelector": {"matchLabels": {"system": "Api"}},
             "podSelector": {"matchLabels": {"environment": "Prod", "service": "Api-V1", "system": "Api"}}}]}],
        "podSelector": pods, "policyTypes": ["Ingress"]}})
    mongo_labels = dict(labels, infrastructure="Mongo")
    obj("v1", "Service", e + "-mongo", ns, mongo_labels, annotations, {"spec": {
        "clusterIP": "None", "clusterIPs": ["None"], "internalTrafficPolicy": "Cluster", "ipFamilies": ["IPv4"],
        "ipFamilyPolicy": "SingleStack",
        "ports": [{"name": "mongo", "port": 27017, "protocol": "TCP", "targetPort": "mongo"}],
        "selector": mongo_labels, "sessionAffinity": "None", "type": "ClusterIP"}, "status": {"loadBalancer": {}}})
    mongo = container_defaults({
        "image": "dolittle/mongodb:4.2.2", "name": "mongo", "ports": [{"containerPort": 27017, "name": "mongo"}],
        "resources": resources(prod, "2", "2Gi", {"cpu": "100m" if prod else "50m", "memory": "512Mi"}),
        "volumeMounts": [{"mountPath": "/data/db", "name": e + "-mongo-storage"}]})
    obj("apps/v1", "StatefulSet", e + "-mongo", ns, mongo_labels, annotations, {"spec": {
        "persistentVolumeClaimRetentionPolicy": {"whenDeleted": "Retain", "whenScaled": "Retain"},
        "podManagementPolicy": "OrderedReady", "replicas": 1, "revisionHistoryLimit": 10,
        "selector": {"matchLabels": mongo_labels}, "serviceName": e + "-mongo",
        "template": {"metadata": {"annotations": annotations, "creationTimestamp": None, "labels": mongo_labels},
                     "spec": pod_defaults({"containers": [mongo]})},
        "updateStrategy": {"rollingUpdate": {"partition": 0}, "type": "RollingUpdate"},
        "volumeClaimTemplates": [{"apiVersion": "v1", "kind": "PersistentVolumeClaim",
                                  "metadata": {"creationTimestamp": None, "name": e + "-mongo-storage"},
                                  "spec": {"accessModes": ["ReadWriteOnce"],
                                           "resources": {"requests": {"storage": "16Gi" if prod else "8Gi"}},
                                           "storageClassName": "managed-premium", "volumeMode": "Filesystem"},
                                  "status": {"phase": "Pending"}}]},
        "status": {"availableReplicas": 1, "currentReplicas": 1, "readyReplicas": 1, "replicas": 1}})
    obj("batch/v1", "CronJob", e + "-mongo-backup", ns, labels, annotations, {"spec": {
        "schedule": "%d * * * *" % (len(app) * 7 % 60), "jobTemplate": {"spec": {"template": {"spec": {
            "containers": [{"name": "backup", "image": "dolittle/mongodb:4.2.2"}], "restartPolicy": "Never"}}}}}})


def microservice(app, app_id, env, ms):
    """ms: name, object, id, image, runtime ('none' or an image), replicas, public path, env, files, secrets,
    eh (producer id, object) it consumes, consents (consumer id) it gives, drift env."""
    ns, e, prod = "application-" + app_id, env.lower(), env.lower() == "prod"
    n = e + "-" + ms["object"]
    labels = dict(env_labels(app, env), microservice=label(ms["name"]))
    annotations = dict(app_annotations(app_id), **{"dolittle.io/microservice-id": ms["id"],
                                                   "dolittle.io/microservice-kind": "simple"})
    tenant = TENANTS[env]
    host = e + "-mongo." + ns + ".svc.cluster.local"
    prefix = ms["id"][:7] + "_" + tenant[:7]
    runtime_files = {
        "resources.json": pretty({tenant: {
            "readModels": {"host": "mongodb://" + host + ":27017", "database": prefix + "_readmodels", "useSSL": False},
            "eventStore": {"servers": [host], "database": prefix + "_eventstore"},
            "projections": {"servers": [host], "database": prefix + "_projections"},
            "embeddings": {"servers": [host], "database": prefix + "_embeddings"}}}),
        "endpoints.json": pretty({"public": {"port": 50052}, "private": {"port": 50053}, "management": {"port": 51052}}),
        "metrics.json": pretty({"port": 9700}),
        "platform.json": pretty({"applicationName": app, "applicationID": app_id, "microserviceName": ms["name"],
                                 "microserviceID": ms["id"], "customerName": CUSTOMER[0], "customerID": CUSTOMER[1],
                                 "environment": env}),
        "microservices.json": pretty({p_id: {"host": e + "-" + p_obj + "." + ns + ".svc.cluster.local", "port": 50052}
                                      for p_id, p_obj, _, _ in ms.get("eh", [])}),
        "event-horizons.json": pretty({tenant: [{"scope": scope, "microservice": p_id, "tenant": tenant,
                                                 "stream": stream, "partition": "default"}
                                                for p_id, _, scope, stream in ms.get("eh", [])]}
                                      if ms.get("eh") else {}),
        # platform-api gave each consent a random id; aigonix derives them (not carried over)
        "event-horizon-consents.json": pretty({tenant: [{"microservice": c_id, "tenant": tenant, "stream": stream,
                                                         "partition": "default", "consent": uid("random", n, c_id)}
                                                        for c_id, stream in ms.get("consents", [])]}
                                              if ms.get("consents") else {}),
        "appsettings.json": pretty(LOGGING),  # no backwards-compatibility setting unless exactly 8.0.0
    }
    obj("v1", "ConfigMap", n + "-dolittle", ns, labels, annotations, {"data": runtime_files})
    obj("v1", "ConfigMap", n + "-env-variables", ns, labels, annotations,
        {"data": dict(ms.get("env", {}))} if ms.get("env") else {})
    files = ms.get("files", {}).get(env, {})
    body = {}
    if any(isinstance(v, str) for v in files.values()):
        body["data"] = {k: v for k, v in files.items() if isinstance(v, str)}
    if any(isinstance(v, bytes) for v in files.values()):
        body["binaryData"] = {k: b64(v) for k, v in files.items() if isinstance(v, bytes)}
    obj("v1", "ConfigMap", n + "-config-files", ns, labels, annotations, body)
    secrets = ms.get("secrets", {}).get(env, {})
    secret_annotations = dict(annotations)
    if secrets:
        # stale: kubectl apply wrote it before the value was rotated (never read by import)
        secret_annotations["kubectl.kubernetes.io/last-applied-configuration"] = json.dumps(
            {"apiVersion": "v1", "kind": "Secret", "stringData": {k: "stale-" + v for k, v in secrets.items()}})
    obj("v1", "Secret", n + "-secret-env-variables", ns, labels, secret_annotations,
        dict({"data": {k: b64(v) for k, v in secrets.items()}} if secrets else {}, type="Opaque"))
    port = ms.get("port", 80)
    obj("v1", "Service", n, ns, labels, annotations, {"spec": {
        "clusterIP": "10.0.%d.%d" % (len(OUT) // 250, len(OUT) % 250), "clusterIPs": ["10.0.%d.%d" % (len(OUT) // 250, len(OUT) % 250)],
        "internalTrafficPolicy": "Cluster", "ipFamilies": ["IPv4"], "ipFamilyPolicy": "SingleStack",
        "ports": [{"name": "http", "port": port, "protocol": "TCP", "targetPort": port},
                  {"name": "runtime", "port": 50052, "protocol": "TCP", "targetPort": "runtime"}],
        "selector": labels, "sessionAffinity": "None", "type": "ClusterIP"}, "status": {"loadBalancer": {}}})
    head = {"name": "head", "image": ms["image"].get(env, ms["image"]["*"]) if isinstance(ms["image"], dict) else ms["image"],
            "ports": [{"containerPort": port, "name": "http"}],
            "envFrom": [{"configMapRef": {"name": n + "-env-variables"}},
                        {"secretRef": {"name": n + "-secret-env-variables"}}],
            "resources": resources(prod),
            "volumeMounts": [
                {"mountPath": "/app/.dolittle/tenants.json", "name": "tenants-config", "subPath": "tenants.json"},
                {"mountPath": "/app/.dolittle/resources.json", "name": "dolittle-config", "subPath": "resources.json"},
                {"mountPath": "/app/.dolittle/clients.json", "name": "dolittle-config", "subPath": "clients.json"},
                {"mountPath": "/app/.dolittle/event-horizons.json", "name": "dolittle-config",
                 "subPath": "event-horizons.json"},
                {"mountPath": "/app/data", "name": "config-files"}]}
    for field in ("command", "args"):
        if ms.get(field):
            head[field] = list(ms[field])
    if ms.get("drift", {}).get(env):
        head["env"] = [{"name": k, "value": v} for k, v in ms["drift"][env].items()]
    containers = [container_defaults(head)]
    if ms["runtime"] != "none":
        containers.append(container_defaults({
            "name": "runtime", "image": ms["runtime"],
            "ports": [{"containerPort": 50052, "name": "runtime"}, {"containerPort": 9700, "name": "runtime-metrics"}],
            "resources": resources(prod),
            "volumeMounts": [{"mountPath": "/app/.dolittle/" + f, "name": "tenants-config" if f == "tenants.json"
                              else "dolittle-config", "subPath": f}
                             for f in ("tenants.json", "resources.json", "endpoints.json",
                                       "event-horizon-consents.json", "microservices.json", "platform.json")]
            + [{"mountPath": "/app/appsettings.json", "name": "dolittle-config", "subPath": "appsettings.json"}]}))
    replicas = ms.get("replicas", {}).get(env, 1)
    template_annotations = dict(annotations)
    if env == "Prod":
        template_annotations["kubectl.kubernetes.io/restartedAt"] = "2024-05-01T08:00:00Z"
    stale = json.dumps({"apiVersion": "apps/v1", "kind": "Deployment", "spec": {"template": {"spec": {
        "containers": [{"name": "head", "image": "acmecorp.azurecr.io/stale:0.0.1"}]}}}})
    obj("apps/v1", "Deployment", n, ns, labels,
        dict(annotations, **{"deployment.kubernetes.io/revision": "7",
                             "kubectl.kubernetes.io/last-applied-configuration": stale}), {
        "spec": {"progressDeadlineSeconds": 600, "replicas": replicas, "revisionHistoryLimit": 10,
                 "selector": {"matchLabels": labels},
                 "strategy": {"rollingUpdate": {"maxSurge": "25%", "maxUnavailable": "25%"}, "type": "RollingUpdate"},
                 "template": {"metadata": {"annotations": template_annotations, "creationTimestamp": None,
                                           "labels": labels},
                              "spec": pod_defaults({
                                  "containers": containers, "imagePullSecrets": [{"name": "acr"}],
                                  "volumes": [{"configMap": {"name": e + "-tenants"}, "name": "tenants-config"},
                                              {"configMap": {"name": n + "-dolittle"}, "name": "dolittle-config"},
                                              {"configMap": {"name": n + "-config-files"}, "name": "config-files"}]})}},
        "status": {"availableReplicas": replicas, "observedGeneration": 4, "readyReplicas": replicas,
                   "replicas": replicas, "updatedReplicas": replicas,
                   "conditions": [{"type": "Available", "status": "True", "reason": "MinimumReplicasAvailable"}]}})
    OUT[-1]["metadata"]["generation"] = 4
    if ms.get("public"):
        host_name = e + "." + app.lower() + ".example.com"
        obj("networking.k8s.io/v1", "Ingress", n + "-" + tenant[:7], ns, labels,
            dict(annotations, **{"cert-manager.io/cluster-issuer": "letsencrypt-production",
                                 "nginx.ingress.kubernetes.io/configuration-snippet":
                                     'proxy_set_header Tenant-ID "' + tenant + '";\n'}),
            {"spec": {"ingressClassName": "nginx",
                      "rules": [{"host": host_name, "http": {"paths": [{
                          "backend": {"service": {"name": n, "port": {"name": "http"}}},
                          "path": ms["public"], "pathType": "Prefix"}]}}],
                      "tls": [{"hosts": [host_name], "secretName": host_name.replace(".", "-") + "-certificate"}]},
             "status": {"loadBalancer": {"ingress": [{"ip": "20.50.1.2"}]}}})
        obj("networking.k8s.io/v1", "NetworkPolicy", n + "-ingress", ns, labels, annotations, {"spec": {
            "ingress": [{"from": [{"namespaceSelector": {"matchLabels": {"system": "Ingress"}},
                                   "podSelector": {"matchLabels": {"ingress": "Nginx", "system": "Ingress"}}}]}],
            "podSelector": {"matchLabels": labels}, "policyTypes": ["Ingress"]}})


def welcome(app, app_id, env, index):
    microservice(app, app_id, env, {"name": "Welcome", "object": "welcome", "id": uid("welcome", app, env),
                                    "image": "nginxdemos/hello:latest", "runtime": "none",
                                    "public": "/welcome-to-dolittle"})


def sample():
    shop, billing = "0b1a6f1e-2d6c-4c38-9f3f-5d7a3c1e9b20", "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"
    orders, catalog = "c974b16e-5a1f-4d0b-9a37-2e8f3b6c1d44", "ce74f942-ed63-5d8f-931f-a17c300fd5de"
    scope, stream = "2f0a4c8e-6b1d-4e3a-9c5f-7d8e9a0b1c2d", "5c3e1a9b-8d7f-4e6a-b2c1-0f9e8d7c6b5a"
    shop_envs, billing_envs = ["Dev", "Test", "Prod"], ["Dev", "Prod"]
    application("Webshop", shop, shop_envs)
    application("Billing", billing, billing_envs)
    appsettings = {env: '{\n  "Shop": { "Env": "%s" }\n}\n' % env for env in shop_envs}
    webshop = [
        {"name": "Orders", "object": "orders", "id": orders, "image": "acmecorp.azurecr.io/orders:1.2.0",
         "runtime": "dolittle/runtime:9.3.3", "replicas": {"Prod": 3}, "public": "/orders",
         "command": ["dotnet"], "args": ["Orders.dll"],
         "env": {"LOG_LEVEL": "info", "FEATURE_X": "true", "RETRIES": "3"},
         "files": {env: {"appsettings.json": appsettings[env], "banner.txt": "hello\n",
                         "logo.png": b"\x89PNG\r\n\x1a\n\x00\xff\x01\x02"} for env in shop_envs},
         "secrets": {env: {"DB_PASSWORD": "orders-db-" + env.lower() + "-pw"} for env in shop_envs},
         "eh": [(catalog, "catalog", scope, stream)]},
        {"name": "Catalog", "object": "catalog", "id": catalog,
         "image": {"*": "acmecorp.azurecr.io/catalog:2.1.0", "Prod": "acmecorp.azurecr.io/catalog:2.0.0"},
         "runtime": "dolittle/runtime:8.6.0", "env": {"LOG_LEVEL": "info"},
         "drift": {"Dev": {"DEBUG_SQL": "1"}}, "consents": [(orders, stream)]},
        # Studio lower-cased the name into the object names: import writes objectName
        {"name": "PurchaseOrderAPI", "object": "purchase-order-api", "id": "f3a4b5c6-d7e8-4f90-8a12-c3d4e5f6a7b8",
         "image": "acmecorp.azurecr.io/purchase-order-api:1.0.0", "runtime": "none", "port": 8080,
         "public": "/purchase-orders"},
    ]
    for index, env in enumerate(shop_envs):
        for ms in webshop:
            microservice("Webshop", shop, env, ms)
        welcome("Webshop", shop, env, index)
    for env in billing_envs:
        microservice("Billing", billing, env, {
            "name": "Invoice Sender", "object": "invoice-sender", "id": "e2f3a4b5-c6d7-4e8f-9a01-b2c3d4e5f6a7",
            "image": "acmecorp.azurecr.io/invoices:0.9.1", "runtime": "dolittle/runtime:9.3.3",
            "env": {"SMTP_HOST": "smtp.example.com"},
            "secrets": {env: {"SMTP_PASSWORD": "smtp-" + env.lower() + "-pw"}}})


def scale(count):
    apps = [("Webshop", "0b1a6f1e-2d6c-4c38-9f3f-5d7a3c1e9b20"), ("Billing", "1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f")]
    envs = ["Dev", "Test", "Prod"]
    for app, app_id in apps:
        application(app, app_id, envs)
    for i in range(count):
        app, app_id = apps[i % 2]
        ms = {"name": "Service %d" % i, "object": "service-%d" % i, "id": uid("ms", str(i)),
              "image": "acmecorp.azurecr.io/s%d:1.0.%d" % (i, i), "runtime": "dolittle/runtime:9.3.3",
              "env": {"LOG_LEVEL": "info", "INDEX": str(i)},
              "files": {env: {"settings.json": '{"index": %d}\n' % i} for env in envs},
              "secrets": {env: {"API_KEY": "key-%d-%s" % (i, env)} for env in envs} if i % 5 == 0 else {}}
        if i % 10 == 0:
            ms["public"] = "/s%d" % i
        for env in envs:
            microservice(app, app_id, env, ms)


# --- kubectl's YAML: keys sorted, block style, multi-line strings as literal blocks ---------------
def scalar(v):
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, float)):
        return str(v)
    plain = v and v.strip() == v and not any(c in v for c in ":#{}[],&*!|>'\"%@`\n") and v[0] not in "-?"
    if plain and v.lower() not in ("true", "false", "null", "yes", "no", "on", "off", "~"):
        try:
            float(v)
        except ValueError:
            return v
    return json.dumps(v)


def emit(v, indent, lines, key_prefix=""):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            lines[-1] += " {}"
            return
        for k in sorted(v):
            x = v[k]
            if isinstance(x, (dict, list)) and x:
                lines.append(pad + scalar(k) + ":")
                emit(x, indent + (0 if isinstance(x, list) else 1), lines)
            elif isinstance(x, str) and "\n" in x and x.endswith("\n") and not x.endswith("\n\n") \
                    and not x.startswith(" ") \
                    and all(l == l.rstrip() for l in x.split("\n")):
                lines.append(pad + scalar(k) + ": |")
                lines.extend(pad + "  " + l if l else "" for l in x[:-1].split("\n"))
            else:
                lines.append(pad + scalar(k) + ": " + (("{}" if isinstance(x, dict) else "[]")
                                                       if isinstance(x, (dict, list)) else scalar(x)))
    else:
        for x in v:
            if isinstance(x, dict) and x:
                sub = []
                emit(x, indent + 1, sub)
                lines.append(pad + "- " + sub[0][len(pad) + 2:])
                lines.extend(sub[1:])
            else:
                lines.append(pad + "- " + (("{}" if isinstance(x, dict) else "[]")
                                           if isinstance(x, (dict, list)) else scalar(x)))


def main():
    if sys.argv[1:2] == ["sample"]:
        sample()
    elif sys.argv[1:2] == ["scale"] and len(sys.argv) == 3:
        scale(int(sys.argv[2]))
    else:
        sys.exit(__doc__)
    lines = []
    emit({"apiVersion": "v1", "items": OUT, "kind": "List", "metadata": {"resourceVersion": ""}}, 0, lines)
    sys.stdout.write("\n".join(lines) + "\n")


main()
