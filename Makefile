# cdred_nb: two commands on a fresh machine.
#   make run    set everything up (.venv) and run the main job (online imitation learning + report)
#   make test   set everything up if needed and run every test
# Other targets: make lab (JupyterLab on the chapters), make export (notebooks -> package, clean).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
export MUJOCO_GL ?= egl
TASK ?= mw:button-press
RUN_ARGS ?=

.PHONY: install sysdeps run test lab export clean-venv

install: $(STAMP)

# EGL (Mesa) for headless MuJoCo rendering; installed only when missing and only with apt as root.
sysdeps:
	@$(PYTHON) -c "import ctypes.util,sys; sys.exit(0 if ctypes.util.find_library('EGL') else 1)" || \
	  { if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	      apt-get update -qq && apt-get install -y -qq libegl1 libegl-mesa0 libgl1-mesa-dri >/dev/null; \
	    else echo "warning: libEGL not found; install libegl1 libegl-mesa0 libgl1-mesa-dri for rendering"; fi; }

# torch first, on its own: a bare torch requirement could pull a multi-GB CUDA build (TOOLCHAIN.md §1).
$(STAMP): setup.py settings.ini
	@$(MAKE) --no-print-directory sysdeps
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip >/dev/null
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e ".[dev]"
	@touch $(STAMP)

run: install
	$(VENV)/bin/cdred-train --task $(TASK) $(RUN_ARGS)

test: install
	$(PY) -m pytest tests -n 2 -q -p no:cacheprovider

lab: install
	$(VENV)/bin/jupyter lab nbs

export: install
	$(VENV)/bin/nbdev_export && $(VENV)/bin/nbdev_clean

clean-venv:
	rm -rf $(VENV)
