"Every chapter notebook, executed by nbdev's own test machinery: one pytest case per notebook."
from pathlib import Path
import pytest
from nbdev.test import test_nb as run_notebook  # renamed: pytest would collect `test_nb` itself

NBS = sorted(p for p in (Path(__file__).parents[1] / 'nbs').glob('*.ipynb')
             if not p.name.startswith(('_', '.')))

def test_there_are_notebooks():
    assert len(NBS) >= 2, f'expected chapter notebooks in nbs/, found {[p.name for p in NBS]}'

@pytest.mark.parametrize('nb', NBS, ids=lambda p: p.stem)
def test_notebook(nb):
    ok, secs = run_notebook(nb, skip_flags=['notest', 'slow', 'gpu'])
    assert ok, f'{nb.name} failed under nbdev test (see the traceback above)'
