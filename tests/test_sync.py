"Notebooks are the source: `nbdev_export` and `nbdev_clean` must leave the tree unchanged."
import os, shutil, subprocess, sys
from pathlib import Path

ROOT = Path(__file__).parents[1]
BIN = Path(sys.executable).parent

def snapshot(root: Path) -> dict:
    return {str(p.relative_to(root)): p.read_bytes()
            for d in ('nbs', 'cdred_nb') for p in sorted((root / d).rglob('*'))
            if p.is_file() and '__pycache__' not in p.parts and '.ipynb_checkpoints' not in p.parts}

def test_export_and_clean_leave_no_diff(tmp_path):
    for name in ('settings.ini', 'nbs', 'cdred_nb'):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, tmp_path / name)
    before = snapshot(tmp_path)
    env = {k: v for k, v in os.environ.items() if k != 'IN_TEST'}  # nbdev_export is a no-op under IN_TEST
    for cmd in ('nbdev_export', 'nbdev_clean'):
        subprocess.run([str(BIN / cmd)], cwd=tmp_path, env=env, check=True, capture_output=True)
    after = snapshot(tmp_path)
    changed = sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))
    assert not changed, f'out of sync or unclean (run `make export` and commit): {changed}'
