package nl.participationsuite.deploy;

import static nl.participationsuite.deploy.YamlFiles.at;
import static nl.participationsuite.deploy.YamlFiles.listAt;
import static nl.participationsuite.deploy.YamlFiles.map;
import static nl.participationsuite.deploy.YamlFiles.mapAt;
import static nl.participationsuite.deploy.YamlFiles.string;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Renders a Kustomize folder the simple way, for the parts of Kustomize deploy/k8s uses: resources (files
 * and folders), patches by file (a strategic merge: maps merged, lists of named items merged by name, other
 * lists replaced), images, replicas namespace and labels (on metadata only). It refuses what it does not know, so that a manifest
 * using more of Kustomize fails here rather than being checked wrongly.
 */
final class Kustomization {

    private static final List<String> KNOWN_FIELDS = List.of("apiVersion", "kind", "namespace", "labels",
            "resources", "images", "replicas", "patches");

    private Kustomization() {
    }

    static List<Map<String, Object>> render(Path folder) {
        Map<String, Object> kustomization = YamlFiles.document(folder.resolve("kustomization.yaml"));
        for (String field : kustomization.keySet()) {
            if (!KNOWN_FIELDS.contains(field)) {
                throw new IllegalStateException(folder + ": this test does not render the Kustomize field " + field);
            }
        }
        List<Map<String, Object>> resources = new ArrayList<>();
        for (Object resource : (List<?>) Objects.requireNonNullElse(kustomization.get("resources"), List.of())) {
            Path path = folder.resolve(resource.toString()).normalize();
            if (Files.isDirectory(path)) {
                resources.addAll(render(path));
            } else {
                resources.addAll(YamlFiles.documents(path));
            }
        }
        for (Map<String, Object> patchEntry : listAt(kustomization, "patches")) {
            Map<String, Object> patch = YamlFiles.document(folder.resolve(string(patchEntry, "path")));
            Map<String, Object> target = find(resources, string(patch, "kind"), string(patch, "metadata.name"));
            mergeInto(target, patch);
        }
        for (Map<String, Object> image : listAt(kustomization, "images")) {
            containers(resources).forEach(container -> {
                String name = string(container, "image").split(":")[0];
                if (name.equals(string(image, "name"))) {
                    String newName = Objects.requireNonNullElse(string(image, "newName"), name);
                    container.put("image", newName + ":" + string(image, "newTag"));
                }
            });
        }
        for (Map<String, Object> replicas : listAt(kustomization, "replicas")) {
            Map<String, Object> target = find(resources, "Deployment", string(replicas, "name"));
            map(target.get("spec"), "spec").put("replicas", replicas.get("count"));
        }
        for (Map<String, Object> labels : listAt(kustomization, "labels")) {
            if (Boolean.TRUE.equals(labels.get("includeSelectors")) || Boolean.TRUE.equals(labels.get("includeTemplates"))) {
                throw new IllegalStateException(folder + ": this test renders labels on metadata only");
            }
            resources.forEach(resource -> {
                Map<String, Object> metadata = map(resource.get("metadata"), "metadata");
                Map<String, Object> merged = new LinkedHashMap<>(mapAt(metadata, "labels"));
                merged.putAll(mapAt(labels, "pairs"));
                metadata.put("labels", merged);
            });
        }
        Object namespace = kustomization.get("namespace");
        if (namespace != null) {
            resources.stream().filter(resource -> !"Namespace".equals(resource.get("kind")))
                    .forEach(resource -> map(resource.get("metadata"), "metadata").put("namespace", namespace));
        }
        return resources;
    }

    static Map<String, Object> find(List<Map<String, Object>> resources, String kind, String name) {
        return resources.stream()
                .filter(resource -> kind.equals(resource.get("kind")) && name.equals(at(resource, "metadata.name")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + kind + " named " + name));
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> resources, String kind) {
        return resources.stream().filter(resource -> kind.equals(resource.get("kind"))).toList();
    }

    /** The pod template of a Deployment or a Job. */
    static Map<String, Object> podSpec(Map<String, Object> workload) {
        return mapAt(workload, "spec.template.spec");
    }

    static Stream<Map<String, Object>> containers(List<Map<String, Object>> resources) {
        return resources.stream()
                .filter(resource -> List.of("Deployment", "Job", "StatefulSet").contains(resource.get("kind")))
                .flatMap(resource -> Stream.concat(listAt(podSpec(resource), "containers").stream(),
                        listAt(podSpec(resource), "initContainers").stream()));
    }

    @SuppressWarnings("unchecked")
    private static void mergeInto(Map<String, Object> target, Map<String, Object> patch) {
        patch.forEach((key, value) -> {
            Object existing = target.get(key);
            if (existing instanceof Map && value instanceof Map) {
                mergeInto((Map<String, Object>) existing, (Map<String, Object>) value);
            } else if (existing instanceof List<?> list && value instanceof List<?> patchList && named(list)
                    && named(patchList)) {
                Map<Object, Object> byName = new LinkedHashMap<>();
                list.forEach(item -> byName.put(((Map<?, ?>) item).get("name"), item));
                patchList.forEach(item -> {
                    Object old = byName.get(((Map<?, ?>) item).get("name"));
                    if (old == null) {
                        byName.put(((Map<?, ?>) item).get("name"), item);
                    } else {
                        mergeInto((Map<String, Object>) old, (Map<String, Object>) item);
                    }
                });
                target.put(key, new ArrayList<>(byName.values()));
            } else {
                target.put(key, value);
            }
        });
    }

    private static boolean named(List<?> list) {
        return !list.isEmpty() && list.stream().allMatch(item -> item instanceof Map<?, ?> map && map.get("name") != null);
    }
}
