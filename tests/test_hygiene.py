"Structural rules of the textbook: import direction, no debugger residue, one device helper, titles, sizes."
import ast, json, re
from pathlib import Path
import pytest

ROOT = Path(__file__).parents[1]
NBS = sorted(p for p in (ROOT / 'nbs').glob('*.ipynb') if not p.name.startswith(('_', '.')))
MODULES = sorted(p for p in (ROOT / 'cdred_nb').glob('*.py') if not p.name.startswith('_'))
MAX_NB_BYTES = 1_000_000  # notebooks stay small: outputs are evidence, not archives

def chapter_of_module() -> dict:
    "Module name -> chapter key (number, letter), e.g. 10a -> (10, 'a'), read from each notebook's `#| default_exp`."
    out = {}
    for nb in NBS:
        m = re.match(r'(\d+)([a-z]?)_', nb.stem)
        for cell in json.loads(nb.read_text())['cells']:
            src = ''.join(cell['source'])
            if e := re.search(r'^#\|\s*default_exp\s+(\S+)', src, re.M):
                if m: out[e.group(1)] = (int(m.group(1)), m.group(2))
    return out

def cdred_imports(path: Path) -> set:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith('cdred_nb.'):
            names.add(node.module.split('.')[1])
        elif isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            names.add(node.module.split('.')[0])
        elif isinstance(node, ast.Import):
            names |= {a.name.split('.')[1] for a in node.names if a.name.startswith('cdred_nb.')}
    return names

def test_every_module_comes_from_a_numbered_chapter():
    chapters = chapter_of_module()
    orphans = [p.stem for p in MODULES if p.stem not in chapters]
    assert not orphans, f'modules without a numbered notebook: {orphans}'

@pytest.mark.parametrize('mod', MODULES, ids=lambda p: p.stem)
def test_imports_only_lower_chapters(mod):
    chapters = chapter_of_module()
    mine = chapters[mod.stem]
    bad = {m: chapters.get(m) for m in cdred_imports(mod) if chapters.get(m, (99, '')) >= mine}
    assert not bad, f'{mod.name} (chapter {mine}) imports later or unknown chapters: {bad}'

def code_sources():
    for p in MODULES: yield p.name, p.read_text()
    for nb in NBS:
        for i, c in enumerate(json.loads(nb.read_text())['cells']):
            if c['cell_type'] == 'code': yield f'{nb.name} cell {i}', ''.join(c['source'])

def test_no_debugger_residue():
    pat = re.compile(r'^\s*(import\s+i?pdb|from\s+i?pdb\s|.*\bbreakpoint\(|.*\bpdb\.set_trace\()', re.M)
    hits = [where for where, src in code_sources() if pat.search(src)]
    assert not hits, f'debugger residue in: {hits}'

def test_cuda_named_only_in_the_device_helper():
    "A device string 'cuda' / 'cuda:N' appears only inside core's device helpers (`default_device`, `is_cuda`)."
    hits = []
    for p in MODULES:
        tree = ast.parse(p.read_text())
        allowed = {id(n) for f in ast.walk(tree)
                   if isinstance(f, ast.FunctionDef) and p.stem == 'core' and f.name in ('default_device', 'is_cuda')
                   for n in ast.walk(f)}
        hits += [f'{p.name}:{n.lineno}' for n in ast.walk(tree)
                 if isinstance(n, ast.Constant) and isinstance(n.value, str)
                 and re.fullmatch(r'cuda(:\d+)?', n.value.strip().lower()) and id(n) not in allowed]
    assert not hits, f'literal "cuda" outside core.default_device / core.is_cuda: {hits}'

@pytest.mark.parametrize('nb', NBS, ids=lambda p: p.stem)
def test_notebook_opens_with_title_and_summary(nb):
    cells = json.loads(nb.read_text())['cells']
    first = ''.join(cells[0]['source']).strip().splitlines()
    assert cells[0]['cell_type'] == 'markdown' and first and first[0].startswith('# '), f'{nb.name}: first cell must start with "# Title"'
    assert any(l.startswith('> ') for l in first[1:]), f'{nb.name}: first cell must have a "> summary" line'

@pytest.mark.parametrize('nb', NBS, ids=lambda p: p.stem)
def test_notebook_is_small(nb):
    size = nb.stat().st_size
    assert size <= MAX_NB_BYTES, f'{nb.name} is {size:,} bytes > cap {MAX_NB_BYTES:,}; shrink figures or drop outputs'

def test_readme_names_every_chapter():
    readme = (ROOT / 'README.md').read_text()
    missing = [nb.stem for nb in NBS if nb.stem != 'index' and nb.stem not in readme]
    assert not missing, f'README.md does not mention chapters: {missing}'
