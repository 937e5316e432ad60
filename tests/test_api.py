"Public API smoke tests: the package imports cleanly, and `train` runs end to end on a real task at tiny size."
import json, subprocess, sys
from pathlib import Path

BIN = Path(sys.executable).parent
MODULES = ['core', 'rnd', 'coupled', 'consistency', 'envs', 'demos', 'buffer', 'world_model', 'mppi', 'agent', 'train']

def test_modules_import_without_loading_a_simulator_or_plots():
    code = ("import sys, importlib\n"
            f"for m in {MODULES!r}: importlib.import_module('cdred_nb.' + m)\n"
            "from cdred_nb.agent import Agent\n"
            "heavy = [m for m in ('mujoco', 'dm_control', 'metaworld', 'matplotlib', 'mediapy') if m in sys.modules]\n"
            "print(heavy)")
    out = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == '[]', f'importing the package loaded heavy modules: {out}'

def test_cli_help_explains_options():
    out = subprocess.run([str(BIN / 'cdred-train'), '--help'], capture_output=True, text=True, check=True).stdout
    for opt in ('--task', '--demos', '--steps', '--seed', '--resume', '--preset'):
        assert opt in out, f'cdred-train --help does not document {opt}'

def test_train_tiny_end_to_end(tmp_path):
    from cdred_nb.train import TrainConfig, train
    cfg = TrainConfig.tiny().replace(task='mw:reach', steps=200, run_dir=str(tmp_path / 'run'), seed=1)
    summary = train(cfg)
    run = Path(summary['run_dir'])
    assert summary['steps'] >= 200 and summary['updates'] > 0
    for name in ('config.json', 'metrics.csv', 'checkpoint.pt', 'curve.png', 'summary.json'):
        assert (run / name).is_file(), f'{name} missing from the run folder'
    assert list((run / 'tb').glob('events.out.tfevents.*')), 'no TensorBoard event file'
    assert json.loads((run / 'config.json').read_text())['config']['task'] == 'mw:reach'
