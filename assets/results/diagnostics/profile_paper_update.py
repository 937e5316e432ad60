# Profile two `paper`-size updates on the CPU (after two warm-up updates), 1 thread, random batches: self CPU time by op.
# Usage: python assets/results/diagnostics/profile_paper_update.py
import torch, time
torch.set_num_threads(1)
from cdred_nb.bench import make_agent, random_batches
a = make_agent('paper', (39,), 4, 'fast')
bs = random_batches(a.cfg, (39,), 4, 4)
for b in bs[:2]: a.update(*b)
from torch.profiler import profile, ProfilerActivity
with profile(activities=[ProfilerActivity.CPU]) as p:
    for b in bs[2:]: a.update(*b)
print(p.key_averages().table(sort_by='self_cpu_time_total', row_limit=25))
