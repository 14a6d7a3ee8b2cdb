// Checks the rendered Kubernetes manifests against the Kubernetes API's schemas (kubernetes-models, from
// the npm registry): types, required fields, enums. deploy/local/test.sh runs it after the build, on the
// JSON files KubernetesManifestsTests writes (deploy/target/k8s/*.json, the base and the production overlay
// as the test renders them). Custom resources (the Keycloak Operator's, CloudNativePG's) have no schema
// here: the JUnit tests check what the product relies on in them.
// Usage: node validate.mjs FILE.json...   (from a folder where kubernetes-models is installed)
import { readFileSync } from "node:fs";

const groups = new Set(["v1", "apps/v1", "batch/v1", "policy/v1", "networking.k8s.io/v1"]);
let valid = 0;
let skipped = 0;
const errors = [];
for (const file of process.argv.slice(2)) {
  for (const resource of JSON.parse(readFileSync(file, "utf8"))) {
    const what = `${file}: ${resource.kind} ${resource.metadata?.name}`;
    if (!groups.has(resource.apiVersion)) {
      skipped++;
      continue;
    }
    const models = await import(`kubernetes-models/${resource.apiVersion}`);
    const Model = models[resource.kind];
    if (!Model) {
      errors.push(`${what}: no model for ${resource.apiVersion} ${resource.kind}`);
      continue;
    }
    try {
      new Model(resource).validate();
      valid++;
    } catch (error) {
      errors.push(`${what}: ${error.message}`);
    }
  }
}
for (const error of errors) {
  console.error(`[k8s] ${error}`);
}
console.log(`[k8s] schema check: ${valid} resources valid, ${errors.length} invalid, ${skipped} custom resources left to the JUnit checks`);
process.exit(errors.length === 0 && valid > 0 ? 0 : 1);
