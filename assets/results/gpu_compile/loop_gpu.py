"""The paper-size full loop on the GPU, one row printed (and appended to $OUT/loops.jsonl) as soon as it is measured."""
import json, os, sys, time
from cdred_nb.bench import bench_loop
out = os.path.join(os.environ.get('OUT', '.'), 'loops.jsonl')
for variant, n, u, mpc in [('fast+compile', 4, .25, True), ('fast', 4, .25, True), ('fast+compile', 1, 1., True), ('fast', 1, 1., True)]:
    t = time.time()
    r = bench_loop('paper', 'dmc:cheetah-run', 30 * n, variant, 'cuda', num_envs=n, updates_per_step=u, mpc=mpc)
    r['wall_s'] = round(time.time() - t, 1)
    print(json.dumps(r), flush=True)
    with open(out, 'a') as f: f.write(json.dumps(r) + '\n')
