"""deploy/kubernetes parses and every object has what the API server requires of its kind; the
Deployments run CLI commands, are probed on /healthz and /readyz, request resources, read their
secrets by reference and get every setting the App reads; Service and budgets select real pods."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import kubernetes_validate
import pytest
import yaml

from tests.deploy.app_facts import (
    DEPLOY,
    HOW_TO_ADD,
    NOT_IN_MANIFESTS,
    cli_commands,
    dockerfile_state_dir,
    documented,
    missing_settings,
)

K8S = DEPLOY / "kubernetes"
# The oldest Kubernetes release still common in clusters, and the newest the schemas know.
VERSIONS = ("1.30", kubernetes_validate.latest_version())
API_VERSIONS = {
    "ConfigMap": "v1",
    "Service": "v1",
    "Deployment": "apps/v1",
    "PodDisruptionBudget": "policy/v1",
}


def kustomization() -> dict[str, Any]:
    data = yaml.safe_load((K8S / "kustomization.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def objects() -> Iterator[dict[str, Any]]:
    for resource in kustomization()["resources"]:
        for doc in yaml.safe_load_all((K8S / resource).read_text(encoding="utf-8")):
            if doc is not None:
                yield doc


def of_kind(kind: str) -> list[dict[str, Any]]:
    return [o for o in objects() if o["kind"] == kind]


def deployment(component: str) -> dict[str, Any]:
    (found,) = [
        d
        for d in of_kind("Deployment")
        if d["spec"]["template"]["metadata"]["labels"].get("app.kubernetes.io/component")
        == component
    ]
    return found


def selects(selector: dict[str, str], labels: dict[str, str]) -> bool:
    return bool(selector) and all(labels.get(k) == v for k, v in selector.items())


def test_kustomization_lists_every_manifest() -> None:
    listed = set(kustomization()["resources"])
    on_disk = {p.name for p in K8S.glob("*.yaml")} - {"kustomization.yaml"}
    assert listed == on_disk


@pytest.mark.parametrize("version", VERSIONS)
def test_every_object_validates_against_the_kubernetes_schema(version: str) -> None:
    """Strict: required fields, types, and no field the API does not know (a typo'd key)."""
    for obj in objects():
        kubernetes_validate.validate(obj, version, strict=True)


def test_every_object_has_its_kinds_required_fields() -> None:
    seen = set()
    for obj in objects():
        kind = obj["kind"]
        assert obj["apiVersion"] == API_VERSIONS[kind], kind
        assert obj["metadata"]["name"], kind
        seen.add((kind, obj["metadata"]["name"]))
        if kind == "ConfigMap":
            assert all(isinstance(v, str) for v in obj["data"].values()), (
                "ConfigMap values: strings"
            )
        elif kind == "Service":
            assert obj["spec"]["ports"]
            assert obj["spec"]["selector"]
            for port in obj["spec"]["ports"]:
                assert isinstance(port["port"], int)
                assert port["targetPort"]
        elif kind == "Deployment":
            spec = obj["spec"]
            assert selects(spec["selector"]["matchLabels"], spec["template"]["metadata"]["labels"])
            for c in spec["template"]["spec"]["containers"]:
                assert c["name"]
                assert c["image"]
        elif kind == "PodDisruptionBudget":
            assert obj["spec"]["selector"]["matchLabels"]
            assert ("minAvailable" in obj["spec"]) != ("maxUnavailable" in obj["spec"])
    assert len(seen) == len(list(objects())), "duplicate kind/name"


def test_secrets_are_referenced_never_defined() -> None:
    assert of_kind("Secret") == []
    for component in ("serve", "worker"):
        pod = deployment(component)["spec"]["template"]["spec"]
        keys = [
            e["valueFrom"]["secretKeyRef"]["key"]
            for c in pod["containers"]
            for e in c.get("env", [])
            if "secretKeyRef" in e.get("valueFrom", {})
        ]
        keys += [
            item["key"]
            for v in pod["volumes"]
            if "secret" in v
            for item in v["secret"].get("items", [])
        ]
        assert keys, component
        assert [k for k in keys if not documented(k)] == [], "secret keys in docs/deploying.md"


@pytest.mark.parametrize("component", ["serve", "worker"])
def test_deployment_runs_probes_and_requests(component: str) -> None:
    dep = deployment(component)
    pod = dep["spec"]["template"]["spec"]
    assert dep["spec"]["replicas"] >= 2
    (container,) = pod["containers"]
    assert container["args"][:2] == ["qtreview", component]
    ports = {p["name"]: p["containerPort"] for p in container["ports"]}
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert container["readinessProbe"]["httpGet"]["path"] == "/readyz"
    for probe in ("livenessProbe", "readinessProbe"):
        assert container[probe]["httpGet"]["port"] in ports
    requests = container["resources"]["requests"]
    assert requests["cpu"]
    assert requests["memory"]
    assert pod["securityContext"]["runAsNonRoot"] is True
    mounts = {m["name"] for m in container["volumeMounts"]}
    assert mounts <= {v["name"] for v in pod["volumes"]}
    state_dir, _ = dockerfile_state_dir()
    assert state_dir in {m["mountPath"] for m in container["volumeMounts"]}
    grace = float(config_map()["QTREVIEW_SHUTDOWN_GRACE"])
    assert pod["terminationGracePeriodSeconds"] > grace


@pytest.mark.parametrize("component", ["serve", "worker"])
def test_deployment_runs_a_cli_command(component: str) -> None:
    (container,) = deployment(component)["spec"]["template"]["spec"]["containers"]
    command = container["args"][1]
    assert command in cli_commands(), f"`qtreview {command}` is not a CLI command"


def config_map() -> dict[str, str]:
    (cm,) = of_kind("ConfigMap")
    data: dict[str, str] = cm["data"]
    return data


@pytest.mark.parametrize("component", ["serve", "worker"])
def test_every_setting_is_provided(component: str) -> None:
    (container,) = deployment(component)["spec"]["template"]["spec"]["containers"]
    names = {e["name"] for e in container.get("env", [])}
    config_maps = {cm["metadata"]["name"]: cm for cm in of_kind("ConfigMap")}
    for source in container.get("envFrom", []):
        names |= set(config_maps[source["configMapRef"]["name"]]["data"])
    assert missing_settings(names) == [], HOW_TO_ADD
    for omitted in NOT_IN_MANIFESTS:
        assert documented(omitted), f"{omitted}: say in docs/deploying.md why it is left out"
    key_path = next(e["value"] for e in container["env"] if e["name"] == "GITHUB_PRIVATE_KEY_PATH")
    assert any(key_path.startswith(m["mountPath"] + "/") for m in container["volumeMounts"])


def test_service_and_budgets_select_deployed_pods() -> None:
    pods = [d["spec"]["template"]["metadata"]["labels"] for d in of_kind("Deployment")]
    (service,) = of_kind("Service")
    assert [p for p in pods if selects(service["spec"]["selector"], p)] == [
        deployment("serve")["spec"]["template"]["metadata"]["labels"]
    ]
    target = service["spec"]["ports"][0]["targetPort"]
    (serve,) = deployment("serve")["spec"]["template"]["spec"]["containers"]
    assert target in {p["name"] for p in serve["ports"]}
    budgets = of_kind("PodDisruptionBudget")
    for component in ("serve", "worker"):
        labels = deployment(component)["spec"]["template"]["metadata"]["labels"]
        assert any(selects(b["spec"]["selector"]["matchLabels"], labels) for b in budgets)
