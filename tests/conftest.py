"Shared pytest setup: headless rendering and test mode for every notebook run in this process."
import os

os.environ.setdefault('MUJOCO_GL', 'egl')   # before any simulator import (TOOLCHAIN.md §3)
os.environ['IN_TEST'] = '1'                 # what nbdev_test sets; cdred_nb.core reads it at import
os.environ.setdefault('CDRED_DEVICE', 'cpu') # CI has no GPU; keep tests on the CPU everywhere
