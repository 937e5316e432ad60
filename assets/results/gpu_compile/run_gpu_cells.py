"""Device-only harness: import the notebook's module (`#| default_exp`), run its import cells, then its `#| gpu` cells, in order
(no IPython, no CPU test cells). Usage: python run_gpu_cells.py nbs/NN.ipynb [text the gpu cells to run must contain]
With --all in place of that text: every code cell in order (the CPU tests too, so the gpu cells find the names they use),
less `#| slow` and `#| eval: false` cells, nbdev's imports and `show_doc` calls."""
import sys, json, os, time, traceback
nb = os.path.abspath(sys.argv[1])
must = sys.argv[2] if len(sys.argv) > 2 else ''   # run only the gpu cells whose source contains this
run_all = must == '--all'
def flags(src): return {l[3:].strip() for l in src.splitlines() if l.startswith('#|')}
cells = [c for c in json.load(open(nb))['cells'] if c['cell_type'] == 'code']
os.chdir(os.path.dirname(nb))
g = {'__name__': '__main__', 'show_doc': lambda *a, **k: None}
def is_imports(src):
    lines = [l for l in src.splitlines() if l.strip() and not l.startswith('#')]
    return bool(lines) and all(l.startswith(('import ', 'from ')) for l in lines) and 'nbdev' not in src
for i, c in enumerate(cells):
    src = ''.join(c['source'])
    exp = [l.split()[-1] for l in src.splitlines() if l.startswith('#| default_exp')]
    if exp: exec(f'from cdred_nb.{exp[0]} import *', g); continue
    gpu = 'gpu' in flags(src)
    if run_all:
        if flags(src) & {'slow', 'eval: false', 'eval:false'}: continue
        src = '\n'.join(l for l in src.splitlines() if not l.startswith(('from nbdev', 'import nbdev', 'show_doc(', '%', '!')))
    elif not ((gpu and must in src) or is_imports(src)): continue
    t = time.time()
    try: exec(compile(src, f'{os.path.basename(nb)}[{i}]', 'exec'), g)
    except Exception:
        print(f'FAIL {os.path.basename(nb)} cell {i}:\n{src[:600]}'); traceback.print_exc(); sys.exit(1)
    if gpu: print(f'--- gpu cell {i} ok in {time.time() - t:.1f} s')
print(f'OK {os.path.basename(nb)}')
