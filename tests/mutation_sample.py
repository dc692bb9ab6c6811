"""A seeded random sample of one module's mutants, for measuring a module too slow to run whole
(docs/testing.md, "Mutation testing").

Usage, in the directory where mutmut generated its mutants (`mutants/` holds `<path>.meta`):
    .venv/bin/python tests/mutation_sample.py land/services.py 60 29
prints 60 mutant names drawn with `random.Random(29).sample` from the module's sorted mutant names, one a
line, to pass to `mutmut run`. The same code, size and seed always give the same sample.
"""

import json
import random
import sys
from pathlib import Path


def mutant_names(module_path, root="mutants"):
    """The sorted names of every mutant mutmut generated for `module_path` (e.g. "land/services.py")."""
    meta = json.loads((Path(root) / f"{module_path}.meta").read_text())
    return sorted(meta["exit_code_by_key"])


def sample(names, size, seed):
    """`size` names drawn with `random.Random(seed)` (all of them if there are fewer), in sorted order."""
    if size >= len(names):
        return list(names)
    return sorted(random.Random(seed).sample(names, size))


def main():
    module_path, size, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    names = mutant_names(module_path)
    print(f"# {module_path}: {len(names)} mutants, sample of {min(size, len(names))} with seed {seed}", file=sys.stderr)
    print("\n".join(sample(names, size, seed)))


if __name__ == "__main__":
    main()
