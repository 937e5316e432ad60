# Sourced by the gpu_session*.sh scripts, from the repo root on the device machine: environment, wheels (.whl/ carried),
# the elapsed-time logger `el`, and the log folder $L under $OUT.
export PYTHONUNBUFFERED=1 MUJOCO_GL=disable TORCHINDUCTOR_COMPILE_THREADS=16
T0=$(date +%s); el() { echo "[$(( $(date +%s) - T0 )) s] $*"; }
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site .whl/*.whl || exit 1
tar xzf .whl/dm_control_slim.tgz -C /tmp/site
export PYTHONPATH=/tmp/site:$PWD
D=assets/results/gpu_compile; L=$OUT/logs; mkdir -p $L
