"""Which metric of the first update differs between eager and compiled on CUDA, with and without CUDA graphs (device only)."""
import json, torch
from torch._inductor import config as ic
from cdred_nb.bench import make_agent, random_batches
from cdred_nb.agent import AgentConfig
ic.fallback_random = True
dev, od, ad = 'cuda', 39, 4
wm = AgentConfig.tiny().world_model.replace(dropout=0.)
for mode in ('default', 'reduce-overhead'):
    for mpc in (False,):
        e, c = (make_agent('tiny', (od,), ad, 'fast', device=dev, mpc=mpc, compile=False, tf32=False, world_model=wm) for _ in range(2))
        c.compile(mode=mode)
        p0 = max((a - b).abs().max().item() for a, b in zip(e.model.parameters(), c.model.parameters()))
        for i, (ab, eb) in enumerate(random_batches(e.cfg, (od,), ad, 3, device=dev)):
            torch.manual_seed(i); me = e.update(ab, eb)
            torch.manual_seed(i); mc = c.update(ab, eb)
            dp = max((a - b).abs().max().item() for a, b in zip(e.model.parameters(), c.model.parameters()))
            bad = {k: (round(me[k], 6), round(mc[k], 6)) for k in me if abs(me[k] - mc[k]) > 1e-3 * max(1, abs(me[k]))}
            print(json.dumps({'mode': mode, 'update': i, 'init_param_diff': p0, 'param_diff_after': dp, 'differing': bad}), flush=True)
