"""Device-only harness: run a notebook's code cells like nbdev_test (skip notest/slow/gpu unless flagged), no IPython needed."""
import sys, json, os, time, traceback, contextlib, io
nb, flags = os.path.abspath(sys.argv[1]), set(sys.argv[2].split(',')) if len(sys.argv) > 2 else set()
skip = {'notest', 'slow', 'gpu'} - flags
cells = json.load(open(nb))['cells']
os.chdir(os.path.dirname(nb))
g = {'__name__': '__main__'}
for i, c in enumerate(cells):
    if c['cell_type'] != 'code': continue
    src = ''.join(c['source'])
    dirs = [l[3:].strip() for l in src.splitlines() if l.startswith('#|')]
    if any(d in skip for d in dirs) or 'eval: false' in dirs or 'import nbdev' in src: continue
    t = time.time()
    try:
        code = compile(src, f'{os.path.basename(nb)}[{i}]', 'exec')
        exec(code, g)
    except Exception:
        print(f'FAIL {os.path.basename(nb)} cell {i}:\n{src[:400]}'); traceback.print_exc(); sys.exit(1)
    if 'gpu' in dirs: print(f'--- gpu cell {i} ok in {time.time() - t:.1f} s: {src.splitlines()[1][:80]}')
print(f'OK {os.path.basename(nb)}')
