# Sourced by the benches: the generated input of compile-bench.sh and publish-bench.sh.
# bench_input <microservices per application> [<image tag of App1/Service1>]: 2 applications x 3
# environments, half the microservices with an explicit runtime, every tenth public, each with env and a
# config file; another tag for App1/Service1 gives the one-change variant of the same input.
bench_input() {
  local n="$1" changed="${2:-1.0.1}"
  echo "apiVersion: aigonix/v1"
  echo "customer: { name: Bench Corp }"
  echo "gitops: { flux: { enabled: true } }"
  echo "applications:"
  for app in 1 2; do
    echo "  - name: App$app"
    echo "    environments:"
    echo "      - name: Dev"
    echo "        tenants: [ { id: 445f8ea8-1a6f-40d7-b2fc-796dba92dc44, hosts: [ { host: dev$app.bench.example } ] } ]"
    echo "      - name: Test"
    echo "      - name: Prod"
    echo "    microservices:"
    for i in $(seq 1 "$n"); do
      local tag="1.0.$i"
      if ((app == 1 && i == 1)); then tag="$changed"; fi
      echo "      - name: Service$i"
      echo "        head: { image: registry.example/app$app/service$i:$tag, port: 8080 }"
      if ((i % 2 == 0)); then
        echo "        runtime: { image: dolittle/runtime:9.3.3 }"
      fi
      if ((i % 10 == 0)); then
        echo "        public: { path: /s$i }"
      fi
      echo "        env: { LOG_LEVEL: info, INDEX: \"$i\" }"
      echo "        configFiles: { settings.json: { content: \"{\\\"index\\\": $i}\\n\" } }"
    done
  done
}
